#include "settingsform.h"

#include "timezonepicker.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace coworking {
namespace ui {

using namespace Qt::StringLiterals;

namespace {

// The server's limits (core/coworkings/coworkingjson.cpp); the form never offers what it refuses.
constexpr int kNameMax = 200;
constexpr int kAddressMax = 500;

QString timeText(const QTime &time)
{
    return time.toString(u"HH:mm"_s);
}

} // namespace

SettingsForm::SettingsForm(QWidget *parent)
    : QWidget(parent),
      m_name(new QLineEdit(this)),
      m_address(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)),
      m_opensAt(new QTimeEdit(this)),
      m_closesAt(new QTimeEdit(this)),
      m_zone(new TimeZonePicker(this))
{
    m_name->setMaxLength(kNameMax);
    m_address->setMaxLength(kAddressMax);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 5);
    for (QTimeEdit *edit : { m_opensAt, m_closesAt })
        edit->setDisplayFormat(u"HH:mm"_s);
    m_zone->setMinimumHeight(160);

    auto *place = new QGroupBox(tr("Coworking"), this);
    auto *placeForm = new QFormLayout(place);
    placeForm->addRow(tr("&Name:"), withErrorLabel(u"name"_s, m_name));
    placeForm->addRow(tr("&Address:"), withErrorLabel(u"address"_s, m_address));
    placeForm->addRow(tr("&Description:"), withErrorLabel(u"description"_s, m_description));
    placeForm->addRow(tr("&Opens at:"), withErrorLabel(u"opens_at"_s, m_opensAt));
    placeForm->addRow(tr("&Closes at:"), withErrorLabel(u"closes_at"_s, m_closesAt));
    placeForm->addRow(tr("&Time zone:"), withErrorLabel(u"timezone"_s, m_zone));

    const QString minutes = tr(" min");
    m_minDuration = policySpin(5, 1440, minutes);
    m_maxDuration = policySpin(5, 1440, minutes);
    m_slot = policySpin(5, 240, minutes);
    m_daysInAdvance = policySpin(1, 365, tr(" days"));
    m_activePerUser = policySpin(1, 100, {});
    m_checkinRequired = new QCheckBox(tr("Members must check &in"), this);
    m_autoRelease = policySpin(1, 240, minutes);

    auto *rules = new QGroupBox(tr("Booking rules"), this);
    auto *rulesForm = new QFormLayout(rules);
    const QString p = u"booking_policy."_s;
    rulesForm->addRow(tr("Shortest booking:"),
                      withErrorLabel(p + u"min_duration_minutes"_s, m_minDuration));
    rulesForm->addRow(tr("Longest booking:"),
                      withErrorLabel(p + u"max_duration_minutes"_s, m_maxDuration));
    rulesForm->addRow(tr("Time grid:"), withErrorLabel(p + u"slot_minutes"_s, m_slot));
    rulesForm->addRow(tr("Book at most:"),
                      withErrorLabel(p + u"max_days_in_advance"_s, m_daysInAdvance));
    rulesForm->addRow(tr("Active bookings per member:"),
                      withErrorLabel(p + u"max_active_bookings_per_user"_s, m_activePerUser));
    rulesForm->addRow(QString(), withErrorLabel(p + u"checkin_required"_s, m_checkinRequired));
    rulesForm->addRow(tr("Release unclaimed spots after:"),
                      withErrorLabel(p + u"auto_release_minutes"_s, m_autoRelease));
    m_slot->setToolTip(tr("Bookings start and end on this grid; it must divide a day evenly."));
    m_autoRelease->setToolTip(
            tr("When check-in is required, a booking nobody checked in to is released this long "
               "after it starts."));
    m_daysInAdvance->setToolTip(tr("How far ahead a booking may start and end."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(place);
    layout->addWidget(rules);
    layout->addStretch();

    for (QLineEdit *edit : { m_name, m_address })
        connect(edit, &QLineEdit::textChanged, this, &SettingsForm::changed);
    connect(m_description, &QPlainTextEdit::textChanged, this, &SettingsForm::changed);
    for (QTimeEdit *edit : { m_opensAt, m_closesAt })
        connect(edit, &QTimeEdit::timeChanged, this, &SettingsForm::changed);
    connect(m_zone, &TimeZonePicker::zoneChanged, this, &SettingsForm::changed);
    for (QSpinBox *spin :
         { m_minDuration, m_maxDuration, m_slot, m_daysInAdvance, m_activePerUser, m_autoRelease })
        connect(spin, &QSpinBox::valueChanged, this, &SettingsForm::changed);
    connect(m_checkinRequired, &QCheckBox::toggled, this, &SettingsForm::changed);
}

QSpinBox *SettingsForm::policySpin(int min, int max, const QString &suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    return spin;
}

QWidget *SettingsForm::withErrorLabel(const QString &field, QWidget *editor)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    editor->setParent(box);
    // Numbers and times keep their natural width; text fields take the row.
    const bool compact = qobject_cast<QAbstractSpinBox *>(editor) != nullptr;
    layout->addWidget(editor, 0, compact ? Qt::AlignLeft : Qt::Alignment());
    // The row's label mnemonic focuses the box; the editor takes it.
    box->setFocusProxy(editor);
    auto *error = new QLabel(box);
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    // Red of the design's "booked" family; bold so it does not rely on colour alone.
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    error->setPalette(palette);
    QFont font = error->font();
    font.setBold(true);
    error->setFont(font);
    error->hide();
    layout->addWidget(error);
    m_fields.insert(field, { editor, error });
    return box;
}

void SettingsForm::setCoworking(const Coworking &coworking)
{
    m_original = coworking;
    const QSignalBlocker block(this);
    m_name->setText(coworking.name);
    m_address->setText(coworking.address);
    m_description->setPlainText(coworking.description);
    m_opensAt->setTime(coworking.opensAt);
    m_closesAt->setTime(coworking.closesAt);
    m_zone->setZoneId(coworking.timezone);
    const BookingPolicy &policy = coworking.policy;
    m_minDuration->setValue(policy.minDurationMinutes);
    m_maxDuration->setValue(policy.maxDurationMinutes);
    m_slot->setValue(policy.slotMinutes);
    m_daysInAdvance->setValue(policy.maxDaysInAdvance);
    m_activePerUser->setValue(policy.maxActiveBookingsPerUser);
    m_checkinRequired->setChecked(policy.checkinRequired);
    m_autoRelease->setValue(policy.autoReleaseMinutes);
    clearFieldErrors();
}

QJsonObject SettingsForm::changes() const
{
    QJsonObject patch;
    const auto text = [&patch](const QString &key, const QString &now, const QString &was) {
        if (now != was)
            patch.insert(key, now);
    };
    text(u"name"_s, m_name->text().trimmed(), m_original.name);
    text(u"address"_s, m_address->text().trimmed(), m_original.address);
    text(u"description"_s, m_description->toPlainText(), m_original.description);
    text(u"opens_at"_s, timeText(m_opensAt->time()), timeText(m_original.opensAt));
    text(u"closes_at"_s, timeText(m_closesAt->time()), timeText(m_original.closesAt));
    if (m_zone->zoneId() != m_original.timezone) {
        patch.insert(u"timezone"_s, m_zone->zoneId());
        // A legacy fixed-offset coworking moving to a zone: the times go without offsets.
        patch.insert(u"opens_at"_s, timeText(m_opensAt->time()));
        patch.insert(u"closes_at"_s, timeText(m_closesAt->time()));
    }

    QJsonObject policy;
    const BookingPolicy &was = m_original.policy;
    const auto number = [&policy](const QString &key, const QSpinBox *spin, int old) {
        if (spin->value() != old)
            policy.insert(key, spin->value());
    };
    number(u"min_duration_minutes"_s, m_minDuration, was.minDurationMinutes);
    number(u"max_duration_minutes"_s, m_maxDuration, was.maxDurationMinutes);
    number(u"slot_minutes"_s, m_slot, was.slotMinutes);
    number(u"max_days_in_advance"_s, m_daysInAdvance, was.maxDaysInAdvance);
    number(u"max_active_bookings_per_user"_s, m_activePerUser, was.maxActiveBookingsPerUser);
    number(u"auto_release_minutes"_s, m_autoRelease, was.autoReleaseMinutes);
    if (m_checkinRequired->isChecked() != was.checkinRequired)
        policy.insert(u"checkin_required"_s, m_checkinRequired->isChecked());
    if (!policy.isEmpty())
        patch.insert(u"booking_policy"_s, policy);
    return patch;
}

bool SettingsForm::showFieldError(const QString &field, const QString &message)
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.cend())
        return false;
    it->error->setText(message);
    it->error->show();
    it->editor->setAccessibleDescription(message);
    return true;
}

void SettingsForm::clearFieldErrors()
{
    for (const Field &f : std::as_const(m_fields)) {
        f.error->clear();
        f.error->hide();
        f.editor->setAccessibleDescription({});
    }
}

QString SettingsForm::fieldError(const QString &field) const
{
    const auto it = m_fields.constFind(field);
    return it == m_fields.cend() || it->error->isHidden() ? QString() : it->error->text();
}

QWidget *SettingsForm::editor(const QString &field) const
{
    return m_fields.value(field).editor;
}

} // namespace ui
} // namespace coworking
