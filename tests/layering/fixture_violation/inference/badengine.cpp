// Deliberate violation used by the layering test's self-check: Qt inside inference/.
#include <QString>
