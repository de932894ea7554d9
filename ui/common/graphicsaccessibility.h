#pragma once

#include <QString>

class QGraphicsItem;

namespace coworking {
namespace ui {

// Screen readers for the map and the plan editor. QGraphicsItem has no accessibility of its own,
// so the views answer for their items: every item described here is a child of its
// QGraphicsView's accessible interface, with its name, description, place on screen and
// selection (Qt 6.4 has no hook on the items themselves; a factory for QGraphicsView does it).
namespace GraphicsAccessibility {

// Registers the factory (once; later calls do nothing). Views call it when they are built.
void install();
// What a reader says about `item`; an item without a name is not listed.
void describe(QGraphicsItem *item, const QString &name, const QString &description);

} // namespace GraphicsAccessibility

} // namespace ui
} // namespace coworking
