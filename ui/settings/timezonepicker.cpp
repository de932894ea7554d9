#include "timezonepicker.h"

#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace coworking {
namespace ui {

TimeZonePicker::TimeZonePicker(QWidget *parent)
    : QWidget(parent),
      m_filter(new QLineEdit(this)),
      m_list(new QListView(this)),
      m_zones(new QStringListModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        ids.append(QString::fromUtf8(id));
    m_zones->setStringList(ids);
    m_proxy->setSourceModel(m_zones);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_filter->setPlaceholderText(tr("Search time zones"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search time zones"));
    m_list->setAccessibleName(tr("Time zone"));

    setFocusProxy(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Users type spaces where the IANA names have underscores ("new york").
        QString pattern = text.trimmed();
        pattern.replace(QChar(u' '), QChar(u'_'));
        m_proxy->setFilterFixedString(pattern);
        if (m_proxy->rowCount() == 1)
            select(m_proxy->index(0, 0).data().toString());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    select(current.data().toString());
            });
}

void TimeZonePicker::setZoneId(const QString &zoneId)
{
    m_zoneId = zoneId;
    m_filter->clear();
    const QModelIndexList found =
            m_proxy->match(m_proxy->index(0, 0), Qt::DisplayRole, zoneId, 1, Qt::MatchExactly);
    const QSignalBlocker block(m_list->selectionModel());
    if (found.isEmpty()) {
        m_list->selectionModel()->clear();
        return;
    }
    m_list->setCurrentIndex(found.first());
    m_list->scrollTo(found.first(), QAbstractItemView::PositionAtCenter);
}

void TimeZonePicker::select(const QString &zoneId)
{
    if (zoneId == m_zoneId)
        return;
    m_zoneId = zoneId;
    emit zoneChanged(zoneId);
}

} // namespace ui
} // namespace coworking
