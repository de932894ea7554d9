#pragma once

#include <QStyledItemDelegate>

namespace coworking {
namespace ui {

// Draws a cell's utilisation (the model's UtilisationRole, 0..1) as a bar behind its text, so a
// column of percentages reads at a glance; the text stays, for exact values and screen readers.
class UtilisationBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit UtilisationBarDelegate(int utilisationRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace ui
} // namespace coworking
