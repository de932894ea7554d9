#include "floorplanstore.h"

namespace coworking {
namespace ui {

FloorPlanStore::~FloorPlanStore() = default;

} // namespace ui
} // namespace coworking
