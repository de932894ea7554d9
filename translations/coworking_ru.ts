<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddSpotCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Добавить %1</translation>
    </message>
</context>
<context>
    <name>AlignSpotsCommand</name>
    <message numerus="yes">
        <source>Align %n spots left</source>
        <translation>
            <numerusform>Выровнять %n место по левому краю</numerusform>
            <numerusform>Выровнять %n места по левому краю</numerusform>
            <numerusform>Выровнять %n мест по левому краю</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n spots right</source>
        <translation>
            <numerusform>Выровнять %n место по правому краю</numerusform>
            <numerusform>Выровнять %n места по правому краю</numerusform>
            <numerusform>Выровнять %n мест по правому краю</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n spots to the top</source>
        <translation>
            <numerusform>Выровнять %n место по верхнему краю</numerusform>
            <numerusform>Выровнять %n места по верхнему краю</numerusform>
            <numerusform>Выровнять %n мест по верхнему краю</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n spots to the bottom</source>
        <translation>
            <numerusform>Выровнять %n место по нижнему краю</numerusform>
            <numerusform>Выровнять %n места по нижнему краю</numerusform>
            <numerusform>Выровнять %n мест по нижнему краю</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Centre %n spots horizontally</source>
        <translation>
            <numerusform>Выровнять %n место по центру по горизонтали</numerusform>
            <numerusform>Выровнять %n места по центру по горизонтали</numerusform>
            <numerusform>Выровнять %n мест по центру по горизонтали</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Centre %n spots vertically</source>
        <translation>
            <numerusform>Выровнять %n место по центру по вертикали</numerusform>
            <numerusform>Выровнять %n места по центру по вертикали</numerusform>
            <numerusform>Выровнять %n мест по центру по вертикали</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosureText</name>
    <message>
        <source>Closed all day</source>
        <translation>Закрыто весь день</translation>
    </message>
    <message>
        <source>%1 (closes the next day)</source>
        <translation>%1 (закрытие на следующий день)</translation>
    </message>
    <message>
        <source>Special hours %1</source>
        <comment>the day&apos;s hours, e.g. 10:00-16:00</comment>
        <translation>Особые часы %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what holds that day, and why</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>DeleteSpotsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n spots</source>
        <translation>
            <numerusform>Удалить %n место</numerusform>
            <numerusform>Удалить %n места</numerusform>
            <numerusform>Удалить %n мест</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateSpotsCommand</name>
    <message numerus="yes">
        <source>Duplicate %n spots</source>
        <translation>
            <numerusform>Дублировать %n место</numerusform>
            <numerusform>Дублировать %n места</numerusform>
            <numerusform>Дублировать %n мест</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorSpotItem</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Changed elsewhere since you loaded the plan.</source>
        <translation>Изменено в другом месте после загрузки плана.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>через %n минуту</numerusform>
            <numerusform>через %n минуты</numerusform>
            <numerusform>через %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>через %n секунду</numerusform>
            <numerusform>через %n секунды</numerusform>
            <numerusform>через %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network; the desk keeps trying.</source>
        <translation>Сервер недоступен. Проверьте адрес и сеть; программа продолжает попытки.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Сервер не ответил вовремя. Повторите чуть позже.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted (%1). Check the server address, or ask the administrator to fix the certificate.</source>
        <translation>Сертификату сервера нельзя доверять (%1). Проверьте адрес сервера или попросите администратора исправить сертификат.</translation>
    </message>
    <message>
        <source>The server sent an answer this version of the desk does not understand. Check that the desk and the server are of matching versions.</source>
        <translation>Сервер прислал ответ, который эта версия программы не понимает. Проверьте, что версии программы и сервера совместимы.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Неверный адрес почты или пароль.</translation>
    </message>
    <message>
        <source>This account is banned. Ask an administrator of the service.</source>
        <translation>Эта учётная запись заблокирована. Обратитесь к администратору сервиса.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again %1.</source>
        <translation>Слишком много попыток. Повторите %1.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a little and try again.</source>
        <translation>Слишком много попыток. Подождите немного и повторите.</translation>
    </message>
    <message>
        <source>This spot was just booked by someone else for that time.</source>
        <translation>Это место только что забронировал кто-то другой на это время.</translation>
    </message>
    <message>
        <source>The member already has as many bookings as the rules allow, or another booking at that time.</source>
        <translation>У участника уже столько бронирований, сколько позволяют правила, или есть другое бронирование на это время.</translation>
    </message>
    <message>
        <source>This spot is inactive and cannot be booked.</source>
        <translation>Это место неактивно, его нельзя забронировать.</translation>
    </message>
    <message>
        <source>The time is outside the opening hours of the coworking.</source>
        <translation>Время вне часов работы коворкинга.</translation>
    </message>
    <message>
        <source>The coworking is closed that day.</source>
        <translation>В этот день коворкинг закрыт.</translation>
    </message>
    <message>
        <source>The booking breaks a rule of this coworking: %1</source>
        <translation>Бронирование нарушает правило коворкинга: %1</translation>
    </message>
    <message>
        <source>Check-in is not possible at this time.</source>
        <translation>Отметить приход сейчас нельзя.</translation>
    </message>
    <message>
        <source>This booking is no longer active.</source>
        <translation>Это бронирование уже неактивно.</translation>
    </message>
    <message>
        <source>There are future bookings; they must be cancelled first.</source>
        <translation>Есть будущие бронирования; сначала их нужно отменить.</translation>
    </message>
    <message>
        <source>This email is already in use.</source>
        <translation>Этот адрес почты уже используется.</translation>
    </message>
    <message>
        <source>Some fields are not valid: %1</source>
        <translation>Некоторые поля заполнены неверно: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <source>It no longer exists; it may have been removed meanwhile.</source>
        <translation>Этого больше нет; возможно, его только что удалили.</translation>
    </message>
    <message>
        <source>It changed meanwhile: %1</source>
        <translation>Тем временем произошли изменения: %1</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Try again in a moment.</source>
        <translation>Сервер временно недоступен. Повторите чуть позже.</translation>
    </message>
    <message>
        <source>The server failed to do this (error %1). Try again; if it persists, tell the administrator.</source>
        <translation>Сервер не смог это выполнить (ошибка %1). Повторите; если ошибка не исчезнет, сообщите администратору.</translation>
    </message>
    <message>
        <source>The request failed (error %1).</source>
        <translation>Запрос не выполнен (ошибка %1).</translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>MoveSpotsCommand</name>
    <message>
        <source>Place %1</source>
        <translation>Разместить %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Переместить %1</translation>
    </message>
    <message numerus="yes">
        <source>Place %n spots</source>
        <translation>
            <numerusform>Разместить %n место</numerusform>
            <numerusform>Разместить %n места</numerusform>
            <numerusform>Разместить %n мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n spots</source>
        <translation>
            <numerusform>Переместить %n место</numerusform>
            <numerusform>Переместить %n места</numerusform>
            <numerusform>Переместить %n мест</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplacePlanImageCommand</name>
    <message>
        <source>Set the plan image</source>
        <translation>Задать изображение плана</translation>
    </message>
    <message>
        <source>Replace the plan image</source>
        <translation>Заменить изображение плана</translation>
    </message>
</context>
<context>
    <name>ResizeSpotCommand</name>
    <message>
        <source>Resize %1</source>
        <translation>Изменить размер %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>not signed in</source>
        <translation>вход не выполнен</translation>
    </message>
    <message>
        <source>member</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>Only the owner, the managers of this coworking and administrators can use this view.</source>
        <translation>Этим разделом могут пользоваться только владелец, менеджеры этого коворкинга и администраторы.</translation>
    </message>
    <message>
        <source>Only the owner of this coworking and administrators can change it.</source>
        <translation>Изменять коворкинг могут только его владелец и администраторы.</translation>
    </message>
    <message>
        <source>Only administrators can manage people.</source>
        <translation>Управлять пользователями могут только администраторы.</translation>
    </message>
</context>
<context>
    <name>RotateSpotCommand</name>
    <message>
        <source>Rotate %1</source>
        <translation>Повернуть %1</translation>
    </message>
</context>
<context>
    <name>SetSpotPropertyCommand</name>
    <message numerus="yes">
        <source>%n spots</source>
        <translation>
            <numerusform>%n место</numerusform>
            <numerusform>%n места</numerusform>
            <numerusform>%n мест</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Переименовать %1 в %2</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>Изменить описание %1</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>Включить %1</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Отключить %1</translation>
    </message>
</context>
<context>
    <name>SpotItem</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>SpotStates</name>
    <message>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <source>Starts soon</source>
        <translation>Скоро занято</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Забронировано</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>На месте</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивно</translation>
    </message>
    <message>
        <source>Free at the shown time</source>
        <translation>Свободно в показанное время</translation>
    </message>
    <message>
        <source>Free now, booked within 30 minutes</source>
        <translation>Свободно сейчас, занято в ближайшие 30 минут</translation>
    </message>
    <message>
        <source>A booking covers the shown time</source>
        <translation>В показанное время действует бронирование</translation>
    </message>
    <message>
        <source>Booked, and the person is here</source>
        <translation>Забронировано, человек на месте</translation>
    </message>
    <message>
        <source>Not bookable</source>
        <translation>Бронировать нельзя</translation>
    </message>
</context>
<context>
    <name>ZoneTime</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a time and the zone it is in</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>coworking::ui::BookForDialog</name>
    <message>
        <source>Book %1 for a member</source>
        <translation>Забронировать %1 для участника</translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation>Имя или адрес почты</translation>
    </message>
    <message>
        <source>Find member</source>
        <translation>Найти участника</translation>
    </message>
    <message>
        <source>Members found</source>
        <translation>Найденные участники</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Забронировать</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Участник:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation>Участник не найден.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::BookingTableModel</name>
    <message>
        <source>Booked</source>
        <translation>Забронировано</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>На месте</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>(removed option)</source>
        <translation>(удалённая опция)</translation>
    </message>
    <message>
        <source>(unknown spot)</source>
        <translation>(неизвестное место)</translation>
    </message>
    <message>
        <source>(unknown member)</source>
        <translation>(неизвестный участник)</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>Приход отмечен в %1</translation>
    </message>
    <message>
        <source>Cancelled at %1</source>
        <translation>Отменено в %1</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <extracomment>%1 is the coworking&apos;s time zone, e.g. Europe/Moscow</extracomment>
        <translation>Начало (%1)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Опции</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>%1. Reason: %2</source>
        <translation>%1. Причина: %2</translation>
    </message>
</context>
<context>
    <name>coworking::ui::BookingsView</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Отметить &amp;приход</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>&amp;Отменить бронирование…</translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation>Показать на &amp;карте</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Бронирования</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>S&amp;pot:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Участник:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>All spots</source>
        <translation>Все места</translation>
    </message>
    <message>
        <source>Name or e-mail</source>
        <translation>Имя или почта</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n booking(s) shown</source>
        <extracomment>%1 bookings shown after filtering, %n loaded for the chosen days</extracomment>
        <translation>
            <numerusform>Показано %1 из %n бронирования</numerusform>
            <numerusform>Показано %1 из %n бронирований</numerusform>
            <numerusform>Показано %1 из %n бронирований</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>Приход отмечен: %1.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Отмена бронирования</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 at %2, %3? The member is notified.</source>
        <translation>Отменить бронирование (%1) на месте %2, %3? Участник получит уведомление.</translation>
    </message>
    <message>
        <source>Cancel &amp;Booking</source>
        <translation>&amp;Отменить бронирование</translation>
    </message>
    <message>
        <source>The member asked to cancel</source>
        <translation>Участник попросил отменить</translation>
    </message>
    <message>
        <source>The spot is needed for maintenance</source>
        <translation>Место нужно для обслуживания</translation>
    </message>
    <message>
        <source>Booked by mistake</source>
        <translation>Забронировано по ошибке</translation>
    </message>
    <message>
        <source>The booking is cancelled (%1).</source>
        <translation>Бронирование отменено (%1).</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) saved to %1.</source>
        <translation>
            <numerusform>%n бронирование сохранено в %1.</numerusform>
            <numerusform>%n бронирования сохранены в %1.</numerusform>
            <numerusform>%n бронирований сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>bookings-%1-%2.csv</source>
        <translation>бронирования-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Экспорт бронирований</translation>
    </message>
</context>
<context>
    <name>coworking::ui::CardPage</name>
    <message>
        <source>Your booking code:</source>
        <translation>Код вашего бронирования:</translation>
    </message>
</context>
<context>
    <name>coworking::ui::CheckInPage</name>
    <message>
        <source>Check in</source>
        <translation>Отметиться</translation>
    </message>
    <message>
        <source>Scan or type your booking code</source>
        <translation>Отсканируйте или введите код бронирования</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Код бронирования</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>…or find your booking by name</source>
        <translation>…или найдите бронирование по имени</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
</context>
<context>
    <name>coworking::ui::ClosureListModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>coworking::ui::ClosuresView</name>
    <message>
        <source>Closed &amp;all day</source>
        <translation>&amp;Закрыто весь день</translation>
    </message>
    <message>
        <source>Upcoming closures</source>
        <translation>Ближайшие особые дни</translation>
    </message>
    <message>
        <source>Date of the closure</source>
        <translation>Дата особого дня</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>e.g. Public holiday, Maintenance</source>
        <translation>например, «Праздник», «Ремонт»</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Add a closure</source>
        <translation>Новый особый день</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Д&amp;ата:</translation>
    </message>
    <message>
        <source>That day:</source>
        <translation>В этот день:</translation>
    </message>
    <message>
        <source>Members see the reason. Bookings that the new hours would refuse are not cancelled without asking you first.</source>
        <translation>Причину видят участники. Бронирования, которые не укладываются в новые часы, без вашего согласия не отменяются.</translation>
    </message>
    <message>
        <source>Choose a coworking to see its closures.</source>
        <translation>Выберите коворкинг, чтобы увидеть его особые дни.</translation>
    </message>
    <message>
        <source>Usually open %1 (%2). A closure replaces those hours on one date: closed all day, or open with special hours.</source>
        <translation>Обычные часы работы: %1 (%2). Особый день заменяет их на одну дату: закрыто весь день или открыто в особые часы.</translation>
    </message>
    <message>
        <source>Loading closures…</source>
        <translation>Загрузка особых дней…</translation>
    </message>
    <message>
        <source>The closures could not be read. %1</source>
        <translation>Не удалось получить особые дни. %1</translation>
    </message>
    <message>
        <source>The closures could not be read.</source>
        <translation>Не удалось получить особые дни.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>No closures ahead: the coworking keeps its usual hours every day. Add one with the form beside this list.</source>
        <translation>Особых дней впереди нет: коворкинг каждый день работает в обычные часы. Добавить особый день можно в форме рядом.</translation>
    </message>
    <message>
        <source>%1 has a closure already. Remove it first to change that day.</source>
        <translation>На %1 уже есть особый день. Чтобы изменить этот день, сначала удалите его.</translation>
    </message>
    <message>
        <source>Closed all day on %1.</source>
        <translation>Коворкинг закрыт весь день: %1.</translation>
    </message>
    <message>
        <source>Special hours on %1: %2.</source>
        <translation>Особые часы на %1: %2.</translation>
    </message>
    <message>
        <source>The bookings in the way were cancelled and each booker was told why.</source>
        <translation>Мешавшие бронирования отменены, каждому забронировавшему сообщена причина.</translation>
    </message>
    <message numerus="yes">
        <source>%n active booking(s) on %1 would be cancelled by closing that day.</source>
        <translation>
            <numerusform>Закрытие в этот день отменит %n действующее бронирование на %1.</numerusform>
            <numerusform>Закрытие в этот день отменит %n действующих бронирования на %1.</numerusform>
            <numerusform>Закрытие в этот день отменит %n действующих бронирований на %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active booking(s) on %1 fall outside the special hours %2 and would be cancelled.</source>
        <translation>
            <numerusform>%n действующее бронирование на %1 не укладывается в особые часы %2 и будет отменено.</numerusform>
            <numerusform>%n действующих бронирования на %1 не укладываются в особые часы %2 и будут отменены.</numerusform>
            <numerusform>%n действующих бронирований на %1 не укладываются в особые часы %2 и будут отменены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookings in the way</source>
        <translation>Мешают бронирования</translation>
    </message>
    <message>
        <source>Each booker is told that the booking was cancelled, with the reason you gave. Go back to keep the bookings and change the closure instead.</source>
        <translation>Каждому забронировавшему придёт сообщение об отмене с указанной вами причиной. Вернитесь, чтобы сохранить бронирования и изменить особый день.</translation>
    </message>
    <message numerus="yes">
        <source>Close and cancel %n booking(s)</source>
        <translation>
            <numerusform>Закрыть и отменить %n бронирование</numerusform>
            <numerusform>Закрыть и отменить %n бронирования</numerusform>
            <numerusform>Закрыть и отменить %n бронирований</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change hours and cancel %n booking(s)</source>
        <translation>
            <numerusform>Изменить часы и отменить %n бронирование</numerusform>
            <numerusform>Изменить часы и отменить %n бронирования</numerusform>
            <numerusform>Изменить часы и отменить %n бронирований</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Nothing was changed; the bookings stay.</source>
        <translation>Ничего не изменено; бронирования остаются в силе.</translation>
    </message>
    <message>
        <source>Remove closure</source>
        <translation>Удаление особого дня</translation>
    </message>
    <message>
        <source>Remove the closure of %1 (%2)? The coworking then keeps its usual hours that day.</source>
        <translation>Удалить особый день %1 (%2)? В этот день коворкинг будет работать в обычные часы.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>%1 has its usual hours again.</source>
        <translation>Снова обычные часы работы: %1.</translation>
    </message>
    <message>
        <source>The closure was not accepted; see the marked fields.</source>
        <translation>Особый день не принят; см. отмеченные поля.</translation>
    </message>
    <message>
        <source>Re&amp;move closure…</source>
        <translation>&amp;Удалить особый день…</translation>
    </message>
    <message>
        <source>Open with spec&amp;ial hours</source>
        <translation>Открыто в особые &amp;часы</translation>
    </message>
    <message>
        <source>Add clos&amp;ure</source>
        <translation>Добавить особый д&amp;ень</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>Пр&amp;ичина:</translation>
    </message>
</context>
<context>
    <name>coworking::ui::DayStrip</name>
    <message>
        <source>Bookings of the day</source>
        <translation>Бронирования дня</translation>
    </message>
    <message>
        <source>No bookings</source>
        <translation>Бронирований нет</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected booking, Alt+Shift+Up and Alt+Shift+Down change its end, Enter applies, Escape drops the change.</source>
        <translation>Alt+Вверх и Alt+Вниз сдвигают выбранное бронирование, Alt+Shift+Вверх и Alt+Shift+Вниз меняют его конец, Enter применяет, Escape отменяет изменение.</translation>
    </message>
    <message>
        <source>Bookings of the day: %1 to %2</source>
        <translation>Бронирования дня: %1 → %2</translation>
    </message>
</context>
<context>
    <name>coworking::ui::DeskSession</name>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>&amp;Этаж</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>The coworkings could not be read. %1</source>
        <translation>Не удалось получить список коворкингов. %1</translation>
    </message>
    <message>
        <source>You do not run any coworking: the desk is for owners, managers and administrators.</source>
        <translation>Вы не управляете ни одним коворкингом: программа предназначена для владельцев, менеджеров и администраторов.</translation>
    </message>
    <message>
        <source>The server cannot be reached. What you see may be out of date; the desk keeps trying.</source>
        <translation>Сервер недоступен. Показанное может быть устаревшим; программа продолжает попытки.</translation>
    </message>
    <message>
        <source>The live connection to the server is lost: the map may be out of date. Reconnecting…</source>
        <translation>Живое соединение с сервером потеряно: карта может быть устаревшей. Переподключение…</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>&amp;Бронирования</translation>
    </message>
    <message>
        <source>Floor &amp;plan</source>
        <translation>&amp;План этажа</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>The site was restored from a backup, which does not know this session: sign in with an account of the restored site.</source>
        <translation>Сайт восстановлен из резервной копии, которая не знает этого сеанса: войдите под учётной записью восстановленного сайта.</translation>
    </message>
    <message>
        <source>&amp;Closures</source>
        <translation>Особые &amp;дни</translation>
    </message>
</context>
<context>
    <name>coworking::ui::DurationPage</name>
    <message>
        <source>%1
until %2</source>
        <translation>%1
до %2</translation>
    </message>
    <message>
        <source>%1 cannot be booked now. Go back and choose another spot.</source>
        <translation>%1 сейчас нельзя забронировать. Вернитесь и выберите другое место.</translation>
    </message>
    <message>
        <source>%1 from %2. How long will you stay?</source>
        <translation>%1 с %2. Сколько вы пробудете?</translation>
    </message>
    <message>
        <source>Choose how long</source>
        <translation>Выберите время</translation>
    </message>
</context>
<context>
    <name>coworking::ui::ExitPage</name>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk.</source>
        <translation>Только для персонала: введите PIN, чтобы выйти из киоска.</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Выход из киоска</translation>
    </message>
</context>
<context>
    <name>coworking::ui::FirstStartWizard</name>
    <message>
        <source>Set up &amp;my coworking</source>
        <translation>Настроить &amp;мой коворкинг</translation>
    </message>
    <message>
        <source>Explore the &amp;demo site</source>
        <translation>Посмотреть &amp;демо-площадку</translation>
    </message>
    <message>
        <source>New site — Coworking Desk</source>
        <translation>Новая площадка — Coworking Desk</translation>
    </message>
    <message>
        <source>Welcome to Coworking Desk</source>
        <translation>Добро пожаловать в Coworking Desk</translation>
    </message>
    <message>
        <source>This computer runs the coworking&apos;s server: the desk, the front-desk kiosk and members&apos; phones all use it.</source>
        <translation>На этом компьютере работает сервер коворкинга: им пользуются рабочее место администратора, киоск на ресепшене и телефоны участников.</translation>
    </message>
    <message>
        <source>Create the site&apos;s administrator account and your first coworking. Spots, the floor plan and the rules come next, in the desk.</source>
        <translation>Создайте учётную запись администратора площадки и первый коворкинг. Места, план этажа и правила — дальше, в самом приложении.</translation>
    </message>
    <message>
        <source>Three sample coworkings with their floor plans, people and bookings, to look around. Start a real site later with an empty data folder.</source>
        <translation>Три примера коворкингов с планами этажей, людьми и бронированиями — чтобы осмотреться. Настоящую площадку можно начать позже с пустой папкой данных.</translation>
    </message>
    <message>
        <source>The site&apos;s administrator</source>
        <translation>Администратор площадки</translation>
    </message>
    <message>
        <source>This account manages every coworking of the site and its people. Keep the password safe.</source>
        <translation>Эта учётная запись управляет всеми коворкингами площадки и их людьми. Храните пароль надёжно.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Полное имя:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>По&amp;вторите пароль:</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>Введите имя администратора.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Введите адрес эл. почты, например name@example.com.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Your first coworking</source>
        <translation>Ваш первый коворкинг</translation>
    </message>
    <message>
        <source>Its opening hours are in its own time zone. Everything here can be changed later in Settings.</source>
        <translation>Часы работы указываются в его часовом поясе. Всё это можно изменить позже в настройках.</translation>
    </message>
    <message>
        <source>Coworking name</source>
        <translation>Название коворкинга</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Открывается в</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Закрывается в</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Open &amp;hours:</source>
        <translation>Часы &amp;работы:</translation>
    </message>
    <message>
        <source>Enter the coworking&apos;s name.</source>
        <translation>Введите название коворкинга.</translation>
    </message>
    <message>
        <source>Choose the time zone of the coworking.</source>
        <translation>Выберите часовой пояс коворкинга.</translation>
    </message>
    <message>
        <source>It must close after it opens.</source>
        <translation>Время закрытия должно быть позже времени открытия.</translation>
    </message>
    <message>
        <source>Setting up the site</source>
        <translation>Настройка площадки</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>The site could not be set up: %1</source>
        <translation>Не удалось настроить площадку: %1</translation>
    </message>
    <message>
        <source>Go back to change what you entered, or try again.</source>
        <translation>Вернитесь назад, чтобы исправить введённое, или повторите попытку.</translation>
    </message>
    <message>
        <source>The site is ready</source>
        <translation>Площадка готова</translation>
    </message>
    <message>
        <source>Loading the demo site: three coworkings with their people and bookings…</source>
        <translation>Загрузка демо-площадки: три коворкинга с людьми и бронированиями…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The demo site is ready.&lt;/p&gt;&lt;p&gt;You are signed in as its administrator, &lt;b&gt;%1&lt;/b&gt;; the sign-ins of its other people are in the README.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Демо-площадка готова.&lt;/p&gt;&lt;p&gt;Вы вошли как её администратор, &lt;b&gt;%1&lt;/b&gt;; учётные данные остальных участников — в README.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Creating the administrator account…</source>
        <translation>Создание учётной записи администратора…</translation>
    </message>
    <message>
        <source>Creating the coworking…</source>
        <translation>Создание коворкинга…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; is ready.&lt;/p&gt;&lt;p&gt;The desk, the kiosk and members&apos; phones reach the site at &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Add its spots in the floor plan editor next.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; готов.&lt;/p&gt;&lt;p&gt;Рабочее место, киоск и телефоны участников подключаются к площадке по адресу &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Теперь добавьте места в редакторе плана этажа.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>coworking::ui::FloorController</name>
    <message>
        <source>Choose a coworking to see its floor.</source>
        <translation>Выберите коворкинг, чтобы увидеть его этаж.</translation>
    </message>
    <message>
        <source>There is no coworking to show.</source>
        <translation>Нет коворкинга для показа.</translation>
    </message>
    <message>
        <source>Loading the floor of %1…</source>
        <translation>Загрузка этажа «%1»…</translation>
    </message>
    <message>
        <source>This coworking has no spots yet.</source>
        <translation>В этом коворкинге пока нет мест.</translation>
    </message>
    <message>
        <source>The day&apos;s bookings could not be read.</source>
        <translation>Не удалось получить бронирования дня.</translation>
    </message>
    <message>
        <source>The floor-plan image could not be loaded; the spots are shown without it.</source>
        <translation>Не удалось загрузить план этажа; места показаны без него.</translation>
    </message>
    <message>
        <source>the spot</source>
        <translation>место</translation>
    </message>
    <message>
        <source>Type the member&apos;s full email address.</source>
        <translation>Введите полный адрес почты участника.</translation>
    </message>
    <message>
        <source>%1 is booked for %2, %3.</source>
        <translation>%1 забронировано для: %2, %3.</translation>
    </message>
    <message>
        <source>%1 was just booked by someone else. %2 is free at that time: book %2?</source>
        <translation>%1 только что забронировал кто-то другой. %2 свободно в это время: забронировать %2?</translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation>Забронировать %1</translation>
    </message>
    <message>
        <source>The booking was not made.</source>
        <translation>Бронирование не создано.</translation>
    </message>
    <message>
        <source>Check-in failed.</source>
        <translation>Не удалось отметить приход.</translation>
    </message>
    <message>
        <source>Checked in at %1.</source>
        <translation>Приход отмечен: %1.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Отмена бронирования</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 at %2, %3? The member is notified.</source>
        <translation>Отменить бронирование (%1) на месте %2, %3? Участник получит уведомление.</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>Cancel &amp;Booking</source>
        <translation>&amp;Отменить бронирование</translation>
    </message>
    <message>
        <source>The member asked to cancel</source>
        <translation>Участник попросил отменить</translation>
    </message>
    <message>
        <source>The spot is needed for maintenance</source>
        <translation>Место нужно для обслуживания</translation>
    </message>
    <message>
        <source>Booked by mistake</source>
        <translation>Забронировано по ошибке</translation>
    </message>
    <message>
        <source>The booking was not cancelled.</source>
        <translation>Бронирование не отменено.</translation>
    </message>
    <message>
        <source>The booking is cancelled (%1).</source>
        <translation>Бронирование отменено (%1).</translation>
    </message>
    <message>
        <source>The booking was not moved.</source>
        <translation>Бронирование не перенесено.</translation>
    </message>
    <message>
        <source>The booking is now %1.</source>
        <translation>Теперь бронирование: %1.</translation>
    </message>
    <message>
        <source>The booking moved to %1, %2.</source>
        <translation>Бронирование перенесено: %1, %2.</translation>
    </message>
    <message>
        <source>The closures could not be read; the usual opening hours are shown.</source>
        <translation>Не удалось получить особые дни; показаны обычные часы работы.</translation>
    </message>
    <message>
        <source>The coworking is closed on %1: nothing can be booked that day.</source>
        <translation>Коворкинг закрыт (%1): в этот день ничего нельзя забронировать.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::FloorLegend</name>
    <message>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n spot(s) free</source>
        <translation>
            <numerusform>Свободно %1 из %n места</numerusform>
            <numerusform>Свободно %1 из %n мест</numerusform>
            <numerusform>Свободно %1 из %n мест</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coworking::ui::FloorModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>The coworking is closed that day.</source>
        <translation>В этот день коворкинг закрыт.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::FloorPage</name>
    <message>
        <source>Not on the map</source>
        <translation>Нет на карте</translation>
    </message>
    <message>
        <source>Spots not on the map</source>
        <translation>Места, которых нет на карте</translation>
    </message>
    <message>
        <source>The live connection is down: what the map shows may be out of date.</source>
        <translation>Живое соединение прервано: карта может быть устаревшей.</translation>
    </message>
    <message>
        <source>Find a spot by name</source>
        <translation>Найти место по названию</translation>
    </message>
    <message>
        <source>Find a spot</source>
        <translation>Найти место</translation>
    </message>
    <message>
        <source>No spot is named like &quot;%1&quot;.</source>
        <translation>Нет места с названием, похожим на «%1».</translation>
    </message>
    <message>
        <source>%1. Nothing can be booked on this day.</source>
        <comment>the closure&apos;s notice</comment>
        <translation>%1. В этот день ничего нельзя забронировать.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::FloorPlanEditor</name>
    <message>
        <source>Floor plan[*]</source>
        <translation>План этажа[*]</translation>
    </message>
    <message>
        <source>Plan as loaded</source>
        <translation>План при загрузке</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>История правок</translation>
    </message>
    <message>
        <source>Spots not on the plan</source>
        <translation>Места не на плане</translation>
    </message>
    <message>
        <source>Drag a spot onto the plan, or double-click it to place it in the middle.</source>
        <translation>Перетащите место на план или дважды щёлкните его, чтобы поставить в центр.</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>План этажа</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Отменить правки</translation>
    </message>
    <message>
        <source>Drop the unsaved edits and load the saved plan</source>
        <translation>Отбросить несохранённые правки и загрузить сохранённый план</translation>
    </message>
    <message>
        <source>Plan &amp;image…</source>
        <translation>&amp;Изображение плана…</translation>
    </message>
    <message>
        <source>Upload or replace the floor-plan image (PNG, JPEG or WebP)</source>
        <translation>Загрузить или заменить изображение плана этажа (PNG, JPEG или WebP)</translation>
    </message>
    <message>
        <source>&amp;Draw spots</source>
        <translation>&amp;Рисовать места</translation>
    </message>
    <message>
        <source>Drag a rectangle on the plan to add a spot (R)</source>
        <translation>Растяните прямоугольник на плане, чтобы добавить место (R)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Выровнять</translation>
    </message>
    <message>
        <source>Align &amp;left edges</source>
        <translation>По &amp;левому краю</translation>
    </message>
    <message>
        <source>Align &amp;right edges</source>
        <translation>По &amp;правому краю</translation>
    </message>
    <message>
        <source>Align &amp;top edges</source>
        <translation>По &amp;верхнему краю</translation>
    </message>
    <message>
        <source>Align &amp;bottom edges</source>
        <translation>По &amp;нижнему краю</translation>
    </message>
    <message>
        <source>Centre &amp;horizontally</source>
        <translation>По центру по &amp;горизонтали</translation>
    </message>
    <message>
        <source>Centre &amp;vertically</source>
        <translation>По центру по в&amp;ертикали</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>&amp;Выровнять</translation>
    </message>
    <message>
        <source>S&amp;nap to grid</source>
        <translation>При&amp;вязка к сетке</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>Шаг сетки</translation>
    </message>
    <message>
        <source>Grid size, in pixels of the plan image</source>
        <translation>Шаг сетки в пикселях изображения плана</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Вписать</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;История:</translation>
    </message>
    <message>
        <source>&amp;Not on the plan:</source>
        <translation>&amp;Не на плане:</translation>
    </message>
    <message>
        <source>Every spot is on the plan.</source>
        <translation>Все места на плане.</translation>
    </message>
    <message>
        <source>Drag a spot onto the plan, or double-click it.</source>
        <translation>Перетащите место на план или дважды щёлкните его.</translation>
    </message>
    <message>
        <source>Could not load the floor plan: %1</source>
        <translation>Не удалось загрузить план этажа: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Floor plan saved.</source>
        <translation>План этажа сохранён.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved. %1</source>
        <translation>
            <numerusform>%n изменение не сохранено. %1</numerusform>
            <numerusform>%n изменения не сохранены. %1</numerusform>
            <numerusform>%n изменений не сохранено. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать снова</translation>
    </message>
    <message>
        <source>Unsaved floor plan</source>
        <translation>План этажа не сохранён</translation>
    </message>
    <message>
        <source>The floor plan has unsaved changes. Save them?</source>
        <translation>В плане этажа есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Choose the floor-plan image</source>
        <translation>Выберите изображение плана этажа</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MiB; the server takes at most 10 MiB.</source>
        <translation>Файл %1 больше 10 МиБ; сервер принимает не более 10 МиБ.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>That file is not an image this program can read.</source>
        <translation>Этот файл не является изображением, которое программа умеет читать.</translation>
    </message>
    <message>
        <source>New plan image: it is uploaded on Save.</source>
        <translation>Новое изображение плана: оно будет загружено при сохранении.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::FloorPlanSaver</name>
    <message>
        <source>Could not read the spots again: %1</source>
        <translation>Не удалось заново прочитать места: %1</translation>
    </message>
    <message>
        <source>Plan image</source>
        <translation>Изображение плана</translation>
    </message>
    <message>
        <source>Deleted elsewhere meanwhile: keep yours or drop it.</source>
        <translation>Тем временем удалено в другом месте: оставьте своё или откажитесь от него.</translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile: keep yours or take theirs.</source>
        <translation>Тем временем изменено в другом месте: оставьте своё или примите чужое.</translation>
    </message>
    <message>
        <source>The server answered oddly.</source>
        <translation>Сервер ответил непонятно.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::FloorView</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Fit Floor</source>
        <translation>&amp;Весь этаж</translation>
    </message>
    <message>
        <source>Floor map</source>
        <translation>Карта этажа</translation>
    </message>
</context>
<context>
    <name>coworking::ui::GuestPage</name>
    <message>
        <source>Please check the email address.</source>
        <translation>Проверьте адрес электронной почты.</translation>
    </message>
    <message>
        <source>Please type your name.</source>
        <translation>Введите ваше имя.</translation>
    </message>
    <message>
        <source>Welcome! Tell us who you are</source>
        <translation>Добро пожаловать! Расскажите, кто вы</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Ваша электронная почта</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>coworking::ui::HoldButton</name>
    <message>
        <source>Staff: press and hold to leave the kiosk</source>
        <translation>Персонал: нажмите и удерживайте, чтобы выйти из киоска</translation>
    </message>
</context>
<context>
    <name>coworking::ui::HomePage</name>
    <message>
        <source>The connection to the server is lost; the floor may be out of date. Reconnecting…</source>
        <translation>Связь с сервером потеряна, план может быть устаревшим. Переподключаемся…</translation>
    </message>
    <message numerus="yes">
        <source>%n spot(s) free now</source>
        <translation>
            <numerusform>Сейчас свободно %n место</numerusform>
            <numerusform>Сейчас свободно %n места</numerusform>
            <numerusform>Сейчас свободно %n мест</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap a green spot to book it</source>
        <translation>Нажмите на зелёное место, чтобы забронировать его</translation>
    </message>
    <message>
        <source>Book a spot</source>
        <translation>Забронировать место</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Отметиться</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Сегодня закрыто</translation>
    </message>
    <message>
        <source>The coworking is closed today</source>
        <translation>Сегодня коворкинг закрыт</translation>
    </message>
    <message>
        <source>Today&apos;s hours: %1</source>
        <translation>Сегодня открыто: %1</translation>
    </message>
</context>
<context>
    <name>coworking::ui::KioskPage</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
</context>
<context>
    <name>coworking::ui::KioskSession</name>
    <message>
        <source>The server did not say who signed in; sign in again.</source>
        <translation>Сервер не сообщил, кто вошёл; войдите ещё раз.</translation>
    </message>
    <message>
        <source>This server has no coworking %1: check --coworking.</source>
        <translation>На этом сервере нет коворкинга %1: проверьте --coworking.</translation>
    </message>
    <message>
        <source>%1 does not run %2: sign in as its owner, a manager or an administrator.</source>
        <translation>%1 не управляет коворкингом %2: войдите как его владелец, менеджер или администратор.</translation>
    </message>
    <message>
        <source>The PIN could not be stored; choose another.</source>
        <translation>PIN не удалось сохранить; выберите другой.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::KioskWindow</name>
    <message>
        <source>Check and book</source>
        <translation>Проверьте и забронируйте</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Забронировать</translation>
    </message>
    <message>
        <source>Booked!</source>
        <translation>Забронировано!</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>Вы отметились</translation>
    </message>
    <message>
        <source>the spot</source>
        <translation>место</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверяем %1…</translation>
    </message>
    <message>
        <source>Looking for a free spot…</source>
        <translation>Ищем свободное место…</translation>
    </message>
    <message>
        <source>No spot is free now, sorry.</source>
        <translation>Сейчас нет свободных мест, извините.</translation>
    </message>
    <message>
        <source>%1 is not free now. Tap a green spot.</source>
        <translation>%1 сейчас занято. Нажмите на зелёное место.</translation>
    </message>
    <message>
        <source>%1 is free from %2 until %3.</source>
        <translation>%1 свободно с %2 до %3.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Ищем…</translation>
    </message>
    <message>
        <source>Nobody was found. Check what you typed, or tap &quot;I&apos;m new here&quot;.</source>
        <translation>Никого не нашли. Проверьте, что вы ввели, или нажмите «Я здесь впервые».</translation>
    </message>
    <message>
        <source>Spot: %1
Time: today, %2
Name: %3</source>
        <translation>Место: %1
Время: сегодня, %2
Имя: %3</translation>
    </message>
    <message>
        <source>This email is registered already, but its account cannot be used here. Ask the staff.</source>
        <translation>Этот адрес уже зарегистрирован, но его учётную запись нельзя использовать здесь. Обратитесь к персоналу.</translation>
    </message>
    <message>
        <source>You are registered already, as %1.</source>
        <translation>Вы уже зарегистрированы как %1.</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Бронируем…</translation>
    </message>
    <message>
        <source>%1, %2 is yours today, %3.</source>
        <translation>%1, место %2 ваше сегодня, %3.</translation>
    </message>
    <message>
        <source>%1 was just booked by someone else. %2 is free at that time: book %2?</source>
        <translation>Место %1 только что занял кто-то другой. %2 свободно в это время: забронировать %2?</translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation>Забронировать %1</translation>
    </message>
    <message>
        <source>The booking was not made. %1 Go back to change it, or Cancel to start again.</source>
        <translation>Бронирование не создано. %1 Вернитесь, чтобы изменить его, или нажмите «Отмена», чтобы начать сначала.</translation>
    </message>
    <message>
        <source>No booking here has the code %1. Check the code, or find your booking by name.</source>
        <translation>Здесь нет бронирования с кодом %1. Проверьте код или найдите бронирование по имени.</translation>
    </message>
    <message>
        <source>No booking of today was found for that name.</source>
        <translation>На сегодня бронирований на это имя не найдено.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>отметился</translation>
    </message>
    <message>
        <source>Welcome, %1! %2 is yours until %3.</source>
        <translation>Добро пожаловать, %1! Место %2 ваше до %3.</translation>
    </message>
    <message>
        <source>dear member</source>
        <translation>дорогой гость</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN. Попробуйте снова через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN. Попробуйте снова через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN. Попробуйте снова через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Неверный PIN. Осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN. Осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN. Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coworking kiosk</source>
        <translation>Киоск коворкинга</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
</context>
<context>
    <name>coworking::ui::MainWindow</name>
    <message>
        <source>Coworking Desk</source>
        <translation>Coworking Desk</translation>
    </message>
    <message>
        <source>Coworking</source>
        <translation>Коворкинг</translation>
    </message>
    <message>
        <source>C&amp;oworking:</source>
        <translation>&amp;Коворкинг:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Live connection</source>
        <translation>Живое соединение</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Coworking Desk</source>
        <translation>&amp;О программе Coworking Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>No coworking to run</source>
        <translation>Нет коворкингов для управления</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Live: connecting…</source>
        <translation>Живое соединение: подключение…</translation>
    </message>
    <message>
        <source>Live: connected</source>
        <translation>Живое соединение: есть</translation>
    </message>
    <message>
        <source>Live: reconnecting…</source>
        <translation>Живое соединение: переподключение…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name and role</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>Отметить &amp;все прочитанными</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанное</numerusform>
            <numerusform>%n непрочитанных</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n непрочитанное уведомление</numerusform>
            <numerusform>%n непрочитанных уведомления</numerusform>
            <numerusform>%n непрочитанных уведомлений</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>About Coworking Desk</source>
        <translation>О программе Coworking Desk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <source>No notifications yet. Bookings made, moved or cancelled for you appear here.</source>
        <translation>Уведомлений пока нет. Здесь появятся ваши созданные, перенесённые и отменённые бронирования.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coworking Desk %1&lt;/h3&gt;&lt;p&gt;The operators&apos; desk of the coworking booking service: the live floor, bookings, floor plans, settings and people.&lt;/p&gt;&lt;p&gt;Server: %2&lt;br&gt;Server API version: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coworking Desk %1&lt;/h3&gt;&lt;p&gt;Рабочее место администраторов сервиса бронирования коворкингов: живой этаж, бронирования, планы этажей, настройки и люди.&lt;/p&gt;&lt;p&gt;Сервер: %2&lt;br&gt;Версия API сервера: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>coworking::ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>coworking::ui::MoveDialog</name>
    <message>
        <source>Move booking</source>
        <translation>Перенос бронирования</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Перенести</translation>
    </message>
    <message>
        <source>&amp;Spot:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>New place and time: %1, %2.</source>
        <translation>Новое место и время: %1, %2.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Конец должен быть позже начала.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::NotificationModel</name>
    <message>
        <source>Unread: </source>
        <translation>Не прочитано: </translation>
    </message>
</context>
<context>
    <name>coworking::ui::OccupancyHeatmap</name>
    <message>
        <source>Utilisation by hour of the week</source>
        <translation>Загрузка по часам недели</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation>%1: закрыто</translation>
    </message>
    <message>
        <source>%1: %2 booked (%3 of %4)</source>
        <translation>%1: занято %2 (%3 из %4)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>No statistics loaded.</source>
        <translation>Статистика не загружена.</translation>
    </message>
    <message>
        <source>Rows are weekdays, columns hours; darker cells are busier, closed hours are hatched.</source>
        <translation>Строки — дни недели, столбцы — часы; чем темнее клетка, тем выше загрузка, закрытые часы заштрихованы.</translation>
    </message>
    <message>
        <source>The coworking is closed at every hour of this range.</source>
        <translation>В этом периоде коворкинг закрыт во все часы.</translation>
    </message>
    <message>
        <source>Busiest: %1.</source>
        <translation>Самые загруженные часы: %1.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::PeopleView</name>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Заблокировать…</translation>
    </message>
    <message>
        <source>&amp;Unban…</source>
        <translation>&amp;Разблокировать…</translation>
    </message>
    <message>
        <source>Name or e-mail</source>
        <translation>Имя или почта</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Поиск людей</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Everyone registered on this server. Banning a person signs them out at once and cancels their future bookings.</source>
        <translation>Все, кто зарегистрирован на этом сервере. Блокировка сразу завершает сеансы человека и отменяет его будущие бронирования.</translation>
    </message>
    <message>
        <source>The people who have booked in %1.</source>
        <translation>Люди, которые бронировали места в коворкинге «%1».</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 people; type more to narrow the search.</source>
        <translation>Показаны первые %1 из %2; уточните запрос, чтобы сузить поиск.</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Ban %1 (%2)? They are signed out at once and their future bookings are cancelled.</source>
        <translation>Заблокировать %1 (%2)? Все сеансы будут сразу завершены, а будущие бронирования отменены.</translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Abusive behaviour</source>
        <translation>Оскорбительное поведение</translation>
    </message>
    <message>
        <source>Repeated no-shows</source>
        <translation>Повторные неявки</translation>
    </message>
    <message>
        <source>Unpaid bills</source>
        <translation>Неоплаченные счета</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>Let %1 (%2) sign in and book again?</source>
        <translation>Разрешить %1 (%2) снова входить и бронировать?</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>%1 is banned (%2).</source>
        <translation>%1 заблокирован(а) (%2).</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 снова может входить.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>coworking::ui::PinPad</name>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>coworking::ui::PlanEditorScene</name>
    <message>
        <source>Spot %1</source>
        <translation>Место %1</translation>
    </message>
</context>
<context>
    <name>coworking::ui::PlanEditorView</name>
    <message>
        <source>Floor plan</source>
        <translation>План этажа</translation>
    </message>
</context>
<context>
    <name>coworking::ui::ReasonDialog</name>
    <message>
        <source>Other reason (write below)</source>
        <translation>Другая причина (напишите ниже)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Reason in your own words</source>
        <translation>Причина своими словами</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
</context>
<context>
    <name>coworking::ui::ReportsView</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Save the bookings of this range as a CSV file for a spreadsheet.</source>
        <translation>Сохранить бронирования за этот период в файл CSV для электронной таблицы.</translation>
    </message>
    <message>
        <source>Utilisation per spot</source>
        <translation>Загрузка по местам</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Бронирования</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Отмены</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Отметки о приходе</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Utilisation by hour of the week (the coworking&apos;s time)</source>
        <translation>Загрузка по часам недели (время коворкинга)</translation>
    </message>
    <message>
        <source>Choose a coworking to see how it is used.</source>
        <translation>Выберите коворкинг, чтобы увидеть его загрузку.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n day(s): the server reports on a year at a time.</source>
        <translation>
            <numerusform>Выберите не больше %n дня: сервер даёт отчёт не больше чем за год.</numerusform>
            <numerusform>Выберите не больше %n дней: сервер даёт отчёт не больше чем за год.</numerusform>
            <numerusform>Выберите не больше %n дней: сервер даёт отчёт не больше чем за год.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the statistics of %1 for %2 – %3…</source>
        <translation>Загрузка статистики «%1» за %2 – %3…</translation>
    </message>
    <message>
        <source>%1, %2 – %3 (%4): %5 booked of %6 open.</source>
        <translation>%1, %2 – %3 (%4): занято %5 из %6 рабочего времени.</translation>
    </message>
    <message>
        <source>The statistics could not be loaded.</source>
        <translation>Не удалось загрузить статистику.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>bookings-%1-%2.csv</source>
        <translation>бронирования-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Экспорт бронирований</translation>
    </message>
    <message>
        <source>Exporting the bookings…</source>
        <translation>Экспорт бронирований…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>Bookings saved to %1.</source>
        <translation>Бронирования сохранены в %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking record(s) exported.</source>
        <translation>
            <numerusform>Выгружена %n запись о бронировании.</numerusform>
            <numerusform>Выгружено %n записи о бронированиях.</numerusform>
            <numerusform>Выгружено %n записей о бронированиях.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coworking::ui::SettingsForm</name>
    <message>
        <source>Coworking</source>
        <translation>Коворкинг</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Opens at:</source>
        <translation>О&amp;ткрывается в:</translation>
    </message>
    <message>
        <source>&amp;Closes at:</source>
        <translation>&amp;Закрывается в:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Members must check &amp;in</source>
        <translation>Участники должны отмечать &amp;приход</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Правила бронирования</translation>
    </message>
    <message>
        <source>Shortest booking:</source>
        <translation>Самое короткое бронирование:</translation>
    </message>
    <message>
        <source>Longest booking:</source>
        <translation>Самое длинное бронирование:</translation>
    </message>
    <message>
        <source>Time grid:</source>
        <translation>Шаг сетки времени:</translation>
    </message>
    <message>
        <source>Book at most:</source>
        <translation>Бронировать не дальше чем на:</translation>
    </message>
    <message>
        <source>Active bookings per member:</source>
        <translation>Активных бронирований на участника:</translation>
    </message>
    <message>
        <source>Release unclaimed spots after:</source>
        <translation>Освобождать место без прихода через:</translation>
    </message>
    <message>
        <source>Bookings start and end on this grid; it must divide a day evenly.</source>
        <translation>Бронирования начинаются и заканчиваются по этой сетке; сутки должны делиться на шаг без остатка.</translation>
    </message>
    <message>
        <source>When check-in is required, a booking nobody checked in to is released this long after it starts.</source>
        <translation>Если отметка прихода обязательна, бронирование без отметки освобождается через столько минут после начала.</translation>
    </message>
    <message>
        <source>How far ahead a booking may start and end.</source>
        <translation>Насколько заранее может начинаться и заканчиваться бронирование.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::SettingsView</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Загрузить…</translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation>Удалить изображение</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation>Удалить опцию</translation>
    </message>
    <message>
        <source>Remove manager</source>
        <translation>Убрать менеджера</translation>
    </message>
    <message>
        <source>New option, e.g. Monitor</source>
        <translation>Новая опция, например «Монитор»</translation>
    </message>
    <message>
        <source>New option name</source>
        <translation>Название новой опции</translation>
    </message>
    <message>
        <source>E-mail of a registered user</source>
        <translation>Почта зарегистрированного пользователя</translation>
    </message>
    <message>
        <source>New manager&apos;s e-mail</source>
        <translation>Почта нового менеджера</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Добавить опцию</translation>
    </message>
    <message>
        <source>Add manager</source>
        <translation>Добавить менеджера</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Options (extras)</source>
        <translation>Опции (дополнительно)</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Изображение %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>Some settings were not accepted; see the marked fields.</source>
        <translation>Часть настроек не принята; см. отмеченные поля.</translation>
    </message>
    <message>
        <source>Upload an image</source>
        <translation>Загрузка изображения</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB; choose a smaller image.</source>
        <translation>Файл %1 больше 10 МБ; выберите изображение поменьше.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Image uploaded.</source>
        <translation>Изображение загружено.</translation>
    </message>
    <message>
        <source>Nobody is registered as %1. Ask the person to sign up first.</source>
        <translation>Пользователь с адресом %1 не зарегистрирован. Попросите человека сначала зарегистрироваться.</translation>
    </message>
    <message>
        <source>%1 is now a manager.</source>
        <translation>%1 теперь менеджер.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Несохранённые настройки</translation>
    </message>
    <message>
        <source>The settings of this coworking have unsaved changes. Save them?</source>
        <translation>В настройках этого коворкинга есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>coworking::ui::SetupPage</name>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>PIN должен состоять из %1–%2 цифр.</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>PIN не совпадают: введите один и тот же PIN дважды.</translation>
    </message>
    <message>
        <source>Set up the kiosk</source>
        <translation>Настройка киоска</translation>
    </message>
    <message>
        <source>Server: %1
Coworking: %2
Sign in with an account of its owner, a manager or an administrator.</source>
        <translation>Сервер: %1
Коворкинг: %2
Войдите с учётной записью его владельца, менеджера или администратора.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Exit PIN (4–8 digits)</source>
        <translation>PIN для выхода (4–8 цифр)</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>PIN ещё раз</translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <translation>Запустить киоск</translation>
    </message>
    <message>
        <source>The kiosk stays signed in: its session is kept in the system keychain.</source>
        <translation>Киоск остаётся в системе: сеанс хранится в системной связке ключей.</translation>
    </message>
    <message>
        <source>No system keychain answers: the session is kept in memory only, and the kiosk asks to sign in again after a restart.</source>
        <translation>Системная связка ключей не отвечает: сеанс хранится только в памяти, и после перезапуска киоск попросит войти снова.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::SignInWindow</name>
    <message>
        <source>&amp;Keep me signed in</source>
        <translation>&amp;Не выходить из учётной записи</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Sign in — Coworking Desk</source>
        <translation>Вход — Coworking Desk</translation>
    </message>
    <message>
        <source>Coworking Desk</source>
        <translation>Coworking Desk</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Адрес почты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Проблема со входом</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Почта:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>No system keychain answered: &quot;keep me signed in&quot; lasts only until the desk closes.</source>
        <translation>Системное хранилище паролей не ответило: «не выходить» действует только до закрытия программы.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
</context>
<context>
    <name>coworking::ui::SiteBackupActions</name>
    <message>
        <source>&amp;Back up the site…</source>
        <translation>&amp;Резервная копия сайта…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>The site&apos;s data is in PostgreSQL: back it up with pg_dump and restore it with pg_restore.</source>
        <translation>Данные сайта хранятся в PostgreSQL: делайте резервную копию через pg_dump и восстанавливайте через pg_restore.</translation>
    </message>
    <message>
        <source>Site backups (*.sqlite);;All files (*)</source>
        <translation>Резервные копии сайта (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Back up the site</source>
        <translation>Резервная копия сайта</translation>
    </message>
    <message>
        <source>Backing up the site…</source>
        <translation>Создаётся резервная копия сайта…</translation>
    </message>
    <message>
        <source>The site was not backed up. %1</source>
        <translation>Резервная копия сайта не создана. %1</translation>
    </message>
    <message>
        <source>The site is backed up to %1.</source>
        <translation>Резервная копия сайта сохранена в %1.</translation>
    </message>
    <message>
        <source>Restore the site from a backup</source>
        <translation>Восстановление сайта из резервной копии</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Replace the site&apos;s data with the backup %1?</source>
        <translation>Заменить данные сайта резервной копией %1?</translation>
    </message>
    <message>
        <source>Every coworking, spot, person and booking of the site now is replaced by what the backup holds; changes made since it was taken are no longer served. The current data is kept aside, not deleted: as %1.before-restore-&lt;date and time&gt; in %2. The server stops for the moment the restore takes, then the desk signs in again.</source>
        <translation>Все коворкинги, места, люди и бронирования сайта заменяются тем, что хранит резервная копия; изменения, сделанные после неё, больше не будут видны. Текущие данные не удаляются, а откладываются: как %1.before-restore-&lt;дата и время&gt; в папке %2. На время восстановления сервер остановится, затем программа войдёт снова.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restoring the site…</source>
        <translation>Сайт восстанавливается…</translation>
    </message>
    <message>
        <source>The site was not restored; it goes on with its data. %1</source>
        <translation>Сайт не восстановлен и работает со своими данными. %1</translation>
    </message>
    <message>
        <source>The site was restored from %1. The data it had is kept in %2.</source>
        <translation>Сайт восстановлен из %1. Прежние данные сохранены в %2.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::SpotPage</name>
    <message>
        <source>Tap a green spot on the floor.</source>
        <translation>Нажмите на зелёное место на плане.</translation>
    </message>
    <message>
        <source>Choose a spot</source>
        <translation>Выберите место</translation>
    </message>
    <message>
        <source>Any free spot</source>
        <translation>Любое свободное место</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>coworking::ui::SpotPanel</name>
    <message>
        <source>&amp;Book for…</source>
        <translation>&amp;Забронировать для…</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Отметить &amp;приход</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>&amp;Отменить…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>Пе&amp;ренести…</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>П&amp;родлить</translation>
    </message>
    <message numerus="yes">
        <source>By %n minute(s)</source>
        <translation>
            <numerusform>На %n минуту</numerusform>
            <numerusform>На %n минуты</numerusform>
            <numerusform>На %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>No spot selected</source>
        <translation>Место не выбрано</translation>
    </message>
    <message>
        <source>Select a spot on the map or in the list to see its day.</source>
        <translation>Выберите место на карте или в списке, чтобы увидеть его день.</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>Приход отмечен в %1</translation>
    </message>
    <message>
        <source>No booking chosen.</source>
        <translation>Бронирование не выбрано.</translation>
    </message>
    <message>
        <source>The coworking is closed that day: nothing can be booked.</source>
        <translation>В этот день коворкинг закрыт: бронировать нельзя.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::SpotPropertyPanel</name>
    <message>
        <source>&amp;Active (can be booked)</source>
        <translation>&amp;Активно (можно бронировать)</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить моё</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Принять чужое</translation>
    </message>
    <message>
        <source>Spot name</source>
        <translation>Название места</translation>
    </message>
    <message>
        <source>Spot description</source>
        <translation>Описание места</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Save your version over the change made elsewhere.</source>
        <translation>Сохранить вашу версию поверх изменения, сделанного в другом месте.</translation>
    </message>
    <message>
        <source>Drop your edits of this spot and show the saved version.</source>
        <translation>Отбросить ваши правки этого места и показать сохранённую версию.</translation>
    </message>
    <message>
        <source>Select a spot to edit it; draw a rectangle to add one.</source>
        <translation>Выберите место, чтобы изменить его; нарисуйте прямоугольник, чтобы добавить новое.</translation>
    </message>
    <message numerus="yes">
        <source>%n spots selected</source>
        <translation>
            <numerusform>Выбрано %n место</numerusform>
            <numerusform>Выбрано %n места</numerusform>
            <numerusform>Выбрано %n мест</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1, %2; %3 × %4 px; turned %5°</source>
        <translation>В точке %1, %2; %3 × %4 пкс; поворот %5°</translation>
    </message>
    <message>
        <source>Not on the plan yet: drag it from the list.</source>
        <translation>Ещё не на плане: перетащите его из списка.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>New: created on Save.</source>
        <translation>Новое: будет создано при сохранении.</translation>
    </message>
    <message>
        <source>Changed: saved on Save.</source>
        <translation>Изменено: будет сохранено при сохранении.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>This spot was deleted elsewhere while you edited it.</source>
        <translation>Это место удалили в другом месте, пока вы его редактировали.</translation>
    </message>
    <message>
        <source>&amp;Keep it (create again)</source>
        <translation>&amp;Оставить (создать заново)</translation>
    </message>
    <message>
        <source>&amp;Drop it</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>name “%1”</source>
        <translation>название «%1»</translation>
    </message>
    <message>
        <source>description “%1”</source>
        <translation>описание «%1»</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активно</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>отключено</translation>
    </message>
    <message>
        <source>place on the plan</source>
        <translation>место на плане</translation>
    </message>
    <message>
        <source>Changed elsewhere while you edited it: %1.</source>
        <translation>Изменено в другом месте, пока вы редактировали: %1.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::SpotStatsModel</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage: %1 is the number (&quot;42.5&quot;); Russian puts a space before the sign.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Hours of booked time: %1 is the number (&quot;12.5&quot;).</extracomment>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Бронирования</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Отмены</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Отметки о приходе</translation>
    </message>
</context>
<context>
    <name>coworking::ui::TimeControl</name>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Сейчас</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Предыдущий день</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Следующий день</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Показанный день</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>Показанное время</translation>
    </message>
    <message>
        <source>Show the floor now and follow the clock</source>
        <translation>Показать этаж сейчас и следовать за часами</translation>
    </message>
</context>
<context>
    <name>coworking::ui::TimeZonePicker</name>
    <message>
        <source>Search time zones</source>
        <translation>Поиск часового пояса</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
</context>
<context>
    <name>coworking::ui::UnplacedPlanSpotsModel</name>
    <message>
        <source>Drag %1 onto the plan to place it.</source>
        <translation>Перетащите %1 на план, чтобы разместить.</translation>
    </message>
</context>
<context>
    <name>coworking::ui::UserTableModel</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Бизнес</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>coworking::ui::WhoPage</name>
    <message>
        <source>Who is booking?</source>
        <translation>Кто бронирует?</translation>
    </message>
    <message>
        <source>Type your name or email, or scan the code on your phone.</source>
        <translation>Введите имя или электронную почту или отсканируйте код на телефоне.</translation>
    </message>
    <message>
        <source>Name, email or code</source>
        <translation>Имя, почта или код</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>I&apos;m new here</source>
        <translation>Я здесь впервые</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The built-in server did not start.</source>
        <translation>Встроенный сервер не запустился.</translation>
    </message>
</context>
</TS>
