#include "durationpage.h"

#include "kioskmetrics.h"
#include "kioskwords.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {
constexpr int kColumns = 3;
}

DurationPage::DurationPage(QWidget *parent)
    : KioskPage(parent), m_summary(new QLabel(this)), m_grid(new QGridLayout)
{
    setObjectName(u"durations"_s);
    setStep(2, 4);
    m_summary->setWordWrap(true);
    body()->addWidget(m_summary);
    m_grid->setSpacing(KioskMetrics::px(this, 16));
    body()->addLayout(m_grid);
    body()->addStretch(1);
    retranslate();
}

void DurationPage::setOptions(const QString &spotName, const QList<TimeRange> &options,
                              const ZoneTime &zone)
{
    m_spotName = spotName;
    m_options = options;
    m_zone = zone;
    rebuild();
}

void DurationPage::rebuild()
{
    qDeleteAll(m_chips);
    m_chips.clear();
    for (const TimeRange &range : std::as_const(m_options)) {
        auto *chip = new QPushButton(this);
        chip->setProperty("primary", true);
        chip->setText(tr("%1\nuntil %2")
                              .arg(KioskWords::duration(range.durationSecs() / 60),
                                   m_zone.time(range.until)));
        connect(chip, &QPushButton::clicked, this, [this, range] { emit chosen(range); });
        m_grid->addWidget(chip, int(m_chips.size()) / kColumns, int(m_chips.size()) % kColumns);
        m_chips.append(chip);
    }
    if (m_options.isEmpty())
        m_summary->setText(
                tr("%1 cannot be booked now. Go back and choose another spot.").arg(m_spotName));
    else
        m_summary->setText(tr("%1 from %2. How long will you stay?")
                                   .arg(m_spotName, m_zone.time(m_options.first().from)));
}

void DurationPage::retranslate()
{
    KioskPage::retranslate();
    titleLabel()->setText(tr("Choose how long"));
    rebuild();
}

} // namespace ui
} // namespace coworking
