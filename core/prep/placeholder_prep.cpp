// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder so the library exists before its first real file lands.
namespace segmenta { [[maybe_unused]] static int placeholder_prep = 0; }
