// SPDX-License-Identifier: Apache-2.0
// Deliberate violation: Torch reaching ui/ through an inference private header.
#include "inference/torchtensor_p.h"
