#pragma once
#include "apiresult.h"
