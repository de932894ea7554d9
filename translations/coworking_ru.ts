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
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
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
        <source>Reports need usage statistics from the server, which this server does not provide yet.</source>
        <translation>Для отчётов нужна статистика использования, которую этот сервер пока не предоставляет.</translation>
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
        <source>The booking was not moved and stays where it was.</source>
        <translation>Бронирование не перенесено и осталось прежним.</translation>
    </message>
    <message>
        <source>The booking was not moved, and the original could not be booked again: book it anew.</source>
        <translation>Бронирование не перенесено, а прежнее восстановить не удалось: забронируйте заново.</translation>
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
        <source>&lt;h3&gt;Coworking Desk %1&lt;/h3&gt;&lt;p&gt;The operators&apos; desk of the coworking booking service: the live floor, bookings, floor plans, settings and people.&lt;/p&gt;&lt;p&gt;Server: %2&lt;br&gt;Server version: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coworking Desk %1&lt;/h3&gt;&lt;p&gt;Рабочее место администраторов сервиса бронирования коворкингов: живой этаж, бронирования, планы этажей, настройки и люди.&lt;/p&gt;&lt;p&gt;Сервер: %2&lt;br&gt;Версия сервера: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <source>No notifications yet. Bookings made, moved or cancelled for you appear here.</source>
        <translation>Уведомлений пока нет. Здесь появятся ваши созданные, перенесённые и отменённые бронирования.</translation>
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
    <name>main</name>
    <message>
        <source>The built-in server did not start.</source>
        <translation>Встроенный сервер не запустился.</translation>
    </message>
</context>
</TS>
