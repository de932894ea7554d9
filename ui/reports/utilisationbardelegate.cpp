#include "utilisationbardelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace coworking {
namespace ui {

UtilisationBarDelegate::UtilisationBarDelegate(int utilisationRole, QObject *parent)
    : QStyledItemDelegate(parent), m_role(utilisationRole)
{
}

void UtilisationBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, focus

    const double fraction = std::clamp(index.data(m_role).toDouble(), 0.0, 1.0);
    const QRect track = opt.rect.adjusted(4, 4, -4, -4);
    QRect bar = track;
    bar.setWidth(qRound(track.width() * fraction));
    const bool selected = opt.state & QStyle::State_Selected;
    // The highlight colour of the palette, light enough that the text on it stays readable in
    // light and dark palettes alike; an outline marks the whole track.
    QColor fill = opt.palette.color(QPalette::Highlight);
    fill.setAlpha(selected ? 160 : 90);
    painter->save();
    painter->setPen(QPen(opt.palette.color(QPalette::Mid), 1));
    painter->drawRect(track.adjusted(0, 0, -1, -1));
    painter->fillRect(bar, fill);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(track.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignRight, text);
    painter->restore();
}

QSize UtilisationBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 24, 140)); // room for a bar beside the number
    return size;
}

} // namespace ui
} // namespace coworking
