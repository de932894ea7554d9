#pragma once

#include "common/timerange.h"
#include "common/zonetime.h"
#include "kioskpage.h"

#include <QList>

class QGridLayout;
class QLabel;
class QPushButton;

namespace coworking {
namespace ui {

// Walk-in step 2: how long, as large chips ("2 h, until 16:45") of the durations that fit; a tap
// on one chooses it.
class DurationPage final : public KioskPage
{
    Q_OBJECT
public:
    explicit DurationPage(QWidget *parent = nullptr);

    void setOptions(const QString &spotName, const QList<TimeRange> &options, const ZoneTime &zone);
    QList<QPushButton *> chips() const { return m_chips; }

signals:
    void chosen(const coworking::TimeRange &range);

protected:
    void retranslate() override;

private:
    void rebuild();

    QLabel *m_summary;
    QGridLayout *m_grid;
    QList<QPushButton *> m_chips;
    QString m_spotName;
    QList<TimeRange> m_options;
    ZoneTime m_zone;
};

} // namespace ui
} // namespace coworking
