// SPDX-License-Identifier: Apache-2.0
// Deliberate violation used by the layering test's self-check: Qt inside inference/.
#include <QString>
