// SPDX-License-Identifier: Apache-2.0
// Deliberate violation used by the layering test's self-check: viewers/ reaching up into ui/.
#include "ui/mainwindow.h"
