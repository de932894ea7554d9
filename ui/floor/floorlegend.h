#pragma once

#include <QWidget>

class QLabel;

namespace coworking {
namespace ui {

class FloorModel;

// The line under the map that names each state's colour and badge, and how many spots are free.
class FloorLegend final : public QWidget
{
    Q_OBJECT
public:
    explicit FloorLegend(FloorModel *model, QWidget *parent = nullptr);
    QString countText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildIcons();
    void updateCount();

    FloorModel *m_model;
    QList<QLabel *> m_icons;
    QList<QLabel *> m_names;
    QLabel *m_count;
};

} // namespace ui
} // namespace coworking
