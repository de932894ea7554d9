#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStringListModel;

namespace coworking {
namespace ui {

// Every IANA zone the system knows, narrowed by typing any part of its name ("mosc", "new_y").
class TimeZonePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeZonePicker)

public:
    explicit TimeZonePicker(QWidget *parent = nullptr);

    QString zoneId() const { return m_zoneId; }
    // Selects the zone; a name the list lacks (a fixed offset "UTC+03:00") is kept as it is.
    void setZoneId(const QString &zoneId);
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *listView() const { return m_list; }

signals:
    void zoneChanged(const QString &zoneId);

private:
    void select(const QString &zoneId);

    QLineEdit *m_filter;
    QListView *m_list;
    QStringListModel *m_zones;
    QSortFilterProxyModel *m_proxy;
    QString m_zoneId;
};

} // namespace ui
} // namespace coworking
