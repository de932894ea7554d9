#include "floorplanstore.h"

namespace coworking {
namespace ui {

FloorPlanStore::~FloorPlanStore() = default;

QObject *FloorPlanStore::watchSpots(const QString &, QObject *, std::function<void()>)
{
    return nullptr;
}

} // namespace ui
} // namespace coworking
