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
    <message>
        <source>CSV files (*.csv)</source>
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
        <source>Reports need usage statistics from the server, which this server does not provide yet.</source>
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
        <source>The booking was not moved and stays where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking was not moved, and the original could not be booked again: book it anew.</source>
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
        <source>&lt;h3&gt;Coworking Desk %1&lt;/h3&gt;&lt;p&gt;The operators&apos; desk of the coworking booking service: the live floor, bookings, floor plans, settings and people.&lt;/p&gt;&lt;p&gt;Server: %2&lt;br&gt;Server version: %3&lt;/p&gt;</source>
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
    <name>main</name>
    <message>
        <source>The built-in server did not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
