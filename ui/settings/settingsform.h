#pragma once

#include "coworkings/coworking.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace coworking {
namespace ui {

class TimeZonePicker;

// The editable fields of a coworking and its booking policy, each with the server's limits and a
// place beside it for the server's complaint about it. It knows what changed since setCoworking()
// and writes exactly that as a PATCH body.
class SettingsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsForm)

public:
    explicit SettingsForm(QWidget *parent = nullptr);

    void setCoworking(const Coworking &coworking);
    const Coworking &coworking() const { return m_original; }
    // The PATCH /coworkings/{id} body of what the user changed; empty when nothing changed.
    QJsonObject changes() const;

    // Shows a 422's message beside its field ("booking_policy.slot_minutes"); false when the form
    // has no such field (the caller shows it elsewhere).
    bool showFieldError(const QString &field, const QString &message);
    void clearFieldErrors();
    // The field's error text, empty when it has none (what a test or an accessibility tool reads).
    QString fieldError(const QString &field) const;
    // The editor of a field, by its API name, for tests and focus.
    QWidget *editor(const QString &field) const;

signals:
    void changed();

private:
    struct Field
    {
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };
    QWidget *withErrorLabel(const QString &field, QWidget *editor);
    QSpinBox *policySpin(int min, int max, const QString &suffix);

    Coworking m_original;
    QHash<QString, Field> m_fields;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QPlainTextEdit *m_description;
    QTimeEdit *m_opensAt;
    QTimeEdit *m_closesAt;
    TimeZonePicker *m_zone;
    QSpinBox *m_minDuration;
    QSpinBox *m_maxDuration;
    QSpinBox *m_slot;
    QSpinBox *m_daysInAdvance;
    QSpinBox *m_activePerUser;
    QCheckBox *m_checkinRequired;
    QSpinBox *m_autoRelease;
};

} // namespace ui
} // namespace coworking
