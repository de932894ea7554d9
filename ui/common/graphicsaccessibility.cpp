#include "graphicsaccessibility.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHash>
#include <QPointer>

namespace coworking {
namespace ui {

namespace {

// QGraphicsItem::data keys; the values are ours only.
constexpr int kNameKey = 0x61630001;
constexpr int kDescriptionKey = 0x61630002;

bool listed(const QGraphicsItem *item)
{
    return !item->data(kNameKey).toString().isEmpty() && item->isVisible();
}

// One item, as long as its view's scene holds it.
class ItemAccessible final : public QAccessibleInterface
{
public:
    ItemAccessible(QGraphicsView *view, QGraphicsItem *item) : m_view(view), m_item(item) { }

    bool isValid() const override
    {
        return m_view && m_view->scene() && m_view->scene()->items().contains(m_item);
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return m_item->data(kNameKey).toString();
        if (t == QAccessible::Description)
            return m_item->data(kDescriptionKey).toString();
        return {};
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_view->mapFromScene(m_item->sceneBoundingRect()).boundingRect();
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return QAccessible::Graphic; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.selectable = m_item->flags().testFlag(QGraphicsItem::ItemIsSelectable);
        s.selected = isValid() && m_item->isSelected();
        s.invisible = !isValid() || !m_item->isVisible();
        return s;
    }

    QGraphicsItem *item() const { return m_item; }

private:
    QPointer<QGraphicsView> m_view;
    QGraphicsItem *m_item; // compared, never used once gone (isValid)
};

// The view, with its described items as children (in the scene's stacking order).
class ViewAccessible final : public QAccessibleWidget
{
public:
    explicit ViewAccessible(QGraphicsView *view) : QAccessibleWidget(view, QAccessible::Client) { }

    ~ViewAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_ids))
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override { return int(items().size()); }
    QAccessibleInterface *child(int index) const override
    {
        const QList<QGraphicsItem *> all = items();
        if (index < 0 || index >= all.size())
            return nullptr;
        return interfaceOf(all.at(index));
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
            if (QAccessible::accessibleInterface(*it) == child)
                return int(items().indexOf(it.key()));
        }
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const auto *view = static_cast<QGraphicsView *>(widget());
        const QPoint local = view->viewport()->mapFromGlobal(QPoint(x, y));
        for (QGraphicsItem *item : view->items(local)) {
            if (listed(item))
                return interfaceOf(item);
        }
        return nullptr;
    }

private:
    QList<QGraphicsItem *> items() const
    {
        const auto *view = static_cast<QGraphicsView *>(widget());
        QList<QGraphicsItem *> result;
        if (!view->scene())
            return result;
        const QList<QGraphicsItem *> all = view->scene()->items(Qt::AscendingOrder);
        for (QGraphicsItem *item : all) {
            if (listed(item))
                result.append(item);
        }
        return result;
    }

    QAccessibleInterface *interfaceOf(QGraphicsItem *item) const
    {
        // Items come and go with the model: forget the interfaces of those that went.
        for (auto it = m_ids.begin(); it != m_ids.end();) {
            QAccessibleInterface *known = QAccessible::accessibleInterface(*it);
            if (!known || !known->isValid()) {
                QAccessible::deleteAccessibleInterface(*it);
                it = m_ids.erase(it);
            } else {
                ++it;
            }
        }
        if (const auto it = m_ids.constFind(item); it != m_ids.constEnd())
            return QAccessible::accessibleInterface(*it);
        auto *created = new ItemAccessible(static_cast<QGraphicsView *>(widget()), item);
        m_ids.insert(item, QAccessible::registerAccessibleInterface(created));
        return created;
    }

    mutable QHash<QGraphicsItem *, QAccessible::Id> m_ids;
};

// Asked with the most derived class name first: any graphics view, whatever its class.
QAccessibleInterface *viewFactory(const QString &, QObject *object)
{
    if (auto *view = qobject_cast<QGraphicsView *>(object))
        return new ViewAccessible(view);
    return nullptr;
}

} // namespace

void GraphicsAccessibility::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&viewFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

void GraphicsAccessibility::describe(QGraphicsItem *item, const QString &name,
                                     const QString &description)
{
    item->setData(kNameKey, name);
    item->setData(kDescriptionKey, description);
}

} // namespace ui
} // namespace coworking
