<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddSpotCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlignSpotsCommand</name>
    <message numerus="yes">
        <source>Align %n spots left</source>
        <translation>
            <numerusform>Align %n spot left</numerusform>
            <numerusform>Align %n spots left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n spots right</source>
        <translation>
            <numerusform>Align %n spot right</numerusform>
            <numerusform>Align %n spots right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n spots to the top</source>
        <translation>
            <numerusform>Align %n spot to the top</numerusform>
            <numerusform>Align %n spots to the top</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n spots to the bottom</source>
        <translation>
            <numerusform>Align %n spot to the bottom</numerusform>
            <numerusform>Align %n spots to the bottom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Centre %n spots horizontally</source>
        <translation>
            <numerusform>Centre %n spot horizontally</numerusform>
            <numerusform>Centre %n spots horizontally</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Centre %n spots vertically</source>
        <translation>
            <numerusform>Centre %n spot vertically</numerusform>
            <numerusform>Centre %n spots vertically</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosureText</name>
    <message>
        <source>Closed all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closes the next day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special hours %1</source>
        <comment>the day&apos;s hours, e.g. 10:00-16:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what holds that day, and why</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteSpotsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n spots</source>
        <translation>
            <numerusform>Delete %n spot</numerusform>
            <numerusform>Delete %n spots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateSpotsCommand</name>
    <message numerus="yes">
        <source>Duplicate %n spots</source>
        <translation>
            <numerusform>Duplicate %n spot</numerusform>
            <numerusform>Duplicate %n spots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorSpotItem</name>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere since you loaded the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n second</numerusform>
            <numerusform>in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network; the desk keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted (%1). Check the server address, or ask the administrator to fix the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer this version of the desk does not understand. Check that the desk and the server are of matching versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is banned. Ask an administrator of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Try again %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a little and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This spot was just booked by someone else for that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member already has as many bookings as the rules allow, or another booking at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This spot is inactive and cannot be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is outside the opening hours of the coworking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coworking is closed that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking breaks a rule of this coworking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in is not possible at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are future bookings; they must be cancelled first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists; it may have been removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It changed meanwhile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to do this (error %1). Try again; if it persists, tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveSpotsCommand</name>
    <message>
        <source>Place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Place %n spots</source>
        <translation>
            <numerusform>Place %n spot</numerusform>
            <numerusform>Place %n spots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n spots</source>
        <translation>
            <numerusform>Move %n spot</numerusform>
            <numerusform>Move %n spots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplacePlanImageCommand</name>
    <message>
        <source>Set the plan image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the plan image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResizeSpotCommand</name>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner, the managers of this coworking and administrators can use this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of this coworking and administrators can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can manage people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotateSpotCommand</name>
    <message>
        <source>Rotate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetSpotPropertyCommand</name>
    <message numerus="yes">
        <source>%n spots</source>
        <translation>
            <numerusform>%n spot</numerusform>
            <numerusform>%n spots</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotItem</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotStates</name>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free at the shown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free now, booked within 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking covers the shown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked, and the person is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not bookable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneTime</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a time and the zone it is in</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::BookForDialog</name>
    <message>
        <source>Book %1 for a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::BookingTableModel</name>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown spot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <extracomment>%1 is the coworking&apos;s time zone, e.g. Europe/Moscow</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::BookingsView</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n booking(s) shown</source>
        <extracomment>%1 bookings shown after filtering, %n loaded for the chosen days</extracomment>
        <translation>
            <numerusform>%1 of %n booking shown</numerusform>
            <numerusform>%1 of %n bookings shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the booking of %1 at %2, %3? The member is notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member asked to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spot is needed for maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking is cancelled (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) saved to %1.</source>
        <translation>
            <numerusform>%n booking saved to %1.</numerusform>
            <numerusform>%n bookings saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>bookings-%1-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::CardPage</name>
    <message>
        <source>Your booking code:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::CheckInPage</name>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type your booking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or find your booking by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::ClosureListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::ClosuresView</name>
    <message>
        <source>Closed &amp;all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Public holiday, Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members see the reason. Bookings that the new hours would refuse are not cancelled without asking you first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a coworking to see its closures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually open %1 (%2). A closure replaces those hours on one date: closed all day, or open with special hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading closures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closures could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closures could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closures ahead: the coworking keeps its usual hours every day. Add one with the form beside this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a closure already. Remove it first to change that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed all day on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special hours on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bookings in the way were cancelled and each booker was told why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active booking(s) on %1 would be cancelled by closing that day.</source>
        <translation>
            <numerusform>%n active booking on %1 would be cancelled by closing that day.</numerusform>
            <numerusform>%n active bookings on %1 would be cancelled by closing that day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active booking(s) on %1 fall outside the special hours %2 and would be cancelled.</source>
        <translation>
            <numerusform>%n active booking on %1 falls outside the special hours %2 and would be cancelled.</numerusform>
            <numerusform>%n active bookings on %1 fall outside the special hours %2 and would be cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookings in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each booker is told that the booking was cancelled, with the reason you gave. Go back to keep the bookings and change the closure instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Close and cancel %n booking(s)</source>
        <translation>
            <numerusform>Close and cancel %n booking</numerusform>
            <numerusform>Close and cancel %n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change hours and cancel %n booking(s)</source>
        <translation>
            <numerusform>Change hours and cancel %n booking</numerusform>
            <numerusform>Change hours and cancel %n bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; the bookings stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the closure of %1 (%2)? The coworking then keeps its usual hours that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has its usual hours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure was not accepted; see the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move closure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with spec&amp;ial hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add clos&amp;ure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::DayStrip</name>
    <message>
        <source>Bookings of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected booking, Alt+Shift+Up and Alt+Shift+Down change its end, Enter applies, Escape drops the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings of the day: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::DeskSession</name>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coworkings could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not run any coworking: the desk is for owners, managers and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. What you see may be out of date; the desk keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live connection to the server is lost: the map may be out of date. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site was restored from a backup, which does not know this session: sign in with an account of the restored site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::DurationPage</name>
    <message>
        <source>%1
until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be booked now. Go back and choose another spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2. How long will you stay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::ExitPage</name>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::FirstStartWizard</name>
    <message>
        <source>Set up &amp;my coworking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the &amp;demo site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site — Coworking Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Coworking Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer runs the coworking&apos;s server: the desk, the front-desk kiosk and members&apos; phones all use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the site&apos;s administrator account and your first coworking. Spots, the floor plan and the rules come next, in the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three sample coworkings with their floor plans, people and bookings, to look around. Start a real site later with an empty data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account manages every coworking of the site and its people. Keep the password safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first coworking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its opening hours are in its own time zone. Everything here can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coworking name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the coworking&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the time zone of the coworking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must close after it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to change what you entered, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo site: three coworkings with their people and bookings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The demo site is ready.&lt;/p&gt;&lt;p&gt;You are signed in as its administrator, &lt;b&gt;%1&lt;/b&gt;; the sign-ins of its other people are in the README.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the administrator account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the coworking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; is ready.&lt;/p&gt;&lt;p&gt;The desk, the kiosk and members&apos; phones reach the site at &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Add its spots in the floor plan editor next.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::FloorController</name>
    <message>
        <source>Choose a coworking to see its floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coworking to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the floor of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coworking has no spots yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s bookings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor-plan image could not be loaded; the spots are shown without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the member&apos;s full email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is booked for %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was just booked by someone else. %2 is free at that time: book %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the booking of %1 at %2, %3? The member is notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member asked to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spot is needed for maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking was not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking is cancelled (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking was not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking moved to %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closures could not be read; the usual opening hours are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coworking is closed on %1: nothing can be booked that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::FloorLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n spot(s) free</source>
        <translation>
            <numerusform>%1 of %n spot free</numerusform>
            <numerusform>%1 of %n spots free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coworking::ui::FloorModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coworking is closed that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::FloorPage</name>
    <message>
        <source>Not on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spots not on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live connection is down: what the map shows may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a spot by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spot is named like &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing can be booked on this day.</source>
        <comment>the closure&apos;s notice</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::FloorPlanEditor</name>
    <message>
        <source>Floor plan[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan as loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spots not on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a spot onto the plan, or double-click it to place it in the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the unsaved edits and load the saved plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload or replace the floor-plan image (PNG, JPEG or WebP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle on the plan to add a spot (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;left edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;right edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;top edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;bottom edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre &amp;horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre &amp;vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nap to grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid size, in pixels of the plan image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not on the plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every spot is on the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a spot onto the plan, or double-click it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the floor plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved. %1</source>
        <translation>
            <numerusform>%n change not saved. %1</numerusform>
            <numerusform>%n changes not saved. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor plan has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the floor-plan image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 10 MiB; the server takes at most 10 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not an image this program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan image: it is uploaded on Save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::FloorPlanSaver</name>
    <message>
        <source>Could not read the spots again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted elsewhere meanwhile: keep yours or drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile: keep yours or take theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered oddly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::FloorView</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::GuestPage</name>
    <message>
        <source>Please check the email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Tell us who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::HoldButton</name>
    <message>
        <source>Staff: press and hold to leave the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::HomePage</name>
    <message>
        <source>The connection to the server is lost; the floor may be out of date. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n spot(s) free now</source>
        <translation>
            <numerusform>%n spot free now</numerusform>
            <numerusform>%n spots free now</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap a green spot to book it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coworking is closed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::KioskPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::KioskSession</name>
    <message>
        <source>The server did not say who signed in; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no coworking %1: check --coworking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not run %2: sign in as its owner, a manager or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be stored; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::KioskWindow</name>
    <message>
        <source>Check and book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a free spot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spot is free now, sorry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not free now. Tap a green spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free from %2 until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was found. Check what you typed, or tap &quot;I&apos;m new here&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot: %1
Time: today, %2
Name: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email is registered already, but its account cannot be used here. Ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are registered already, as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 is yours today, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was just booked by someone else. %2 is free at that time: book %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking was not made. %1 Go back to change it, or Cancel to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking here has the code %1. Check the code, or find your booking by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking of today was found for that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1! %2 is yours until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dear member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coworking kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::MainWindow</name>
    <message>
        <source>Coworking Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coworking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oworking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Coworking Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coworking to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name and role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Coworking Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications yet. Bookings made, moved or cancelled for you appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coworking Desk %1&lt;/h3&gt;&lt;p&gt;The operators&apos; desk of the coworking booking service: the live floor, bookings, floor plans, settings and people.&lt;/p&gt;&lt;p&gt;Server: %2&lt;br&gt;Server API version: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::MoveDialog</name>
    <message>
        <source>Move booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New place and time: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::NotificationModel</name>
    <message>
        <source>Unread: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::OccupancyHeatmap</name>
    <message>
        <source>Utilisation by hour of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 booked (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statistics loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are weekdays, columns hours; darker cells are busier, closed hours are hatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coworking is closed at every hour of this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::PeopleView</name>
    <message>
        <source>&amp;Ban…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unban…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone registered on this server. Banning a person signs them out at once and cancels their future bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who have booked in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 people; type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban %1 (%2)? They are signed out at once and their future bookings are cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abusive behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let %1 (%2) sign in and book again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is banned (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::PinPad</name>
    <message>
        <source>⌫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::PlanEditorScene</name>
    <message>
        <source>Spot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::PlanEditorView</name>
    <message>
        <source>Floor plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::ReasonDialog</name>
    <message>
        <source>Other reason (write below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::ReportsView</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bookings of this range as a CSV file for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation per spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation by hour of the week (the coworking&apos;s time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a coworking to see how it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n day(s): the server reports on a year at a time.</source>
        <translation>
            <numerusform>Choose at most %n day: the server reports on a year at a time.</numerusform>
            <numerusform>Choose at most %n days: the server reports on a year at a time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the statistics of %1 for %2 – %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3 (%4): %5 booked of %6 open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookings-%1-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the bookings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booking record(s) exported.</source>
        <translation>
            <numerusform>%n booking record exported.</numerusform>
            <numerusform>%n booking records exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coworking::ui::SettingsForm</name>
    <message>
        <source>Coworking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opens at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closes at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members must check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest booking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest booking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active bookings per member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release unclaimed spots after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings start and end on this grid; it must divide a day evenly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When check-in is required, a booking nobody checked in to is released this long after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far ahead a booking may start and end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::SettingsView</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New option, e.g. Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New option name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail of a registered user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New manager&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options (extras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings were not accepted; see the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB; choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is registered as %1. Ask the person to sign up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of this coworking have unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::SetupPage</name>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1
Coworking: %2
Sign in with an account of its owner, a manager or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit PIN (4–8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk stays signed in: its session is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answers: the session is kept in memory only, and the kiosk asks to sign in again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::SignInWindow</name>
    <message>
        <source>&amp;Keep me signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — Coworking Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coworking Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered: &quot;keep me signed in&quot; lasts only until the desk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::SiteBackupActions</name>
    <message>
        <source>&amp;Back up the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s data is in PostgreSQL: back it up with pg_dump and restore it with pg_restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site was not backed up. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the site from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the site&apos;s data with the backup %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every coworking, spot, person and booking of the site now is replaced by what the backup holds; changes made since it was taken are no longer served. The current data is kept aside, not deleted: as %1.before-restore-&lt;date and time&gt; in %2. The server stops for the moment the restore takes, then the desk signs in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site was not restored; it goes on with its data. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site was restored from %1. The data it had is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::SpotPage</name>
    <message>
        <source>Tap a green spot on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::SpotPanel</name>
    <message>
        <source>&amp;Book for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>By %n minute(s)</source>
        <translation>
            <numerusform>By %n minute</numerusform>
            <numerusform>By %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>No spot selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a spot on the map or in the list to see its day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coworking is closed that day: nothing can be booked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::SpotPropertyPanel</name>
    <message>
        <source>&amp;Active (can be booked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version over the change made elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your edits of this spot and show the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a spot to edit it; draw a rectangle to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n spots selected</source>
        <translation>
            <numerusform>%n spot selected</numerusform>
            <numerusform>%n spots selected</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1, %2; %3 × %4 px; turned %5°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the plan yet: drag it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: created on Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: saved on Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This spot was deleted elsewhere while you edited it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it (create again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere while you edited it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::SpotStatsModel</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage: %1 is the number (&quot;42.5&quot;); Russian puts a space before the sign.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Hours of booked time: %1 is the number (&quot;12.5&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::TimeControl</name>
    <message>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the floor now and follow the clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::TimeZonePicker</name>
    <message>
        <source>Search time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::UnplacedPlanSpotsModel</name>
    <message>
        <source>Drag %1 onto the plan to place it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::UserTableModel</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coworking::ui::WhoPage</name>
    <message>
        <source>Who is booking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name or email, or scan the code on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m new here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The built-in server did not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
