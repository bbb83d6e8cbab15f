// Deliberate violation: Torch reaching ui/ through an inference private header.
#include "inference/torchtensor_p.h"
