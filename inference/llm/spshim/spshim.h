// SPDX-License-Identifier: Apache-2.0
#pragma once

// C interface of liboncoview_spshim.so, the only binary that links libsentencepiece.
//
// Why a shim: libsentencepiece carries its own copy of protobuf-lite and exports its symbols.
// LibTorch links the system libprotobuf, and with both in one global symbol scope the two
// protobuf copies resolve into each other and sentencepiece fails or crashes. The engine loads
// this library with dlmopen(LM_ID_NEWLM) into its own link-map namespace (with its own
// libstdc++ and libc), so only plain C types may cross the boundary and memory is always freed
// by the side that allocated it (oncoview_sp_free).
//
// Every function that can fail returns 0 on success and non-zero on failure; on failure and when
// `error` is not null, *error receives a malloc'ed message to release with oncoview_sp_free.

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ONCOVIEW_SPSHIM_ABI 1

typedef struct oncoview_sp oncoview_sp;

// ONCOVIEW_SPSHIM_ABI of the library; a loader refuses a library with another value.
int oncoview_sp_abi(void);

// Loads a serialized sentencepiece model (tokenizer.model). Returns null on failure.
oncoview_sp *oncoview_sp_load(const char *model_path, char **error);
void oncoview_sp_unload(oncoview_sp *sp);

int32_t oncoview_sp_vocab_size(const oncoview_sp *sp);
int32_t oncoview_sp_unk_id(const oncoview_sp *sp);
int32_t oncoview_sp_bos_id(const oncoview_sp *sp); // -1 when the model has none
int32_t oncoview_sp_eos_id(const oncoview_sp *sp); // -1 when the model has none
// Id of `piece`, or the unknown id when the vocabulary lacks it.
int32_t oncoview_sp_piece_to_id(const oncoview_sp *sp, const char *piece);
// 1 when `id` is a control symbol (never produced by encoding text), else 0.
int oncoview_sp_is_control(const oncoview_sp *sp, int32_t id);

// Encodes `length` bytes of UTF-8 text. *ids receives a malloc'ed array of *count ids.
int oncoview_sp_encode(const oncoview_sp *sp, const char *text, size_t length, int32_t **ids,
                       size_t *count, char **error);
// Decodes ids to UTF-8. *text receives a malloc'ed, NUL-terminated string of *length bytes.
int oncoview_sp_decode(const oncoview_sp *sp, const int32_t *ids, size_t count, char **text,
                       size_t *length, char **error);
// The piece string of `id` (malloc'ed, NUL-terminated), or failure for an id out of range.
int oncoview_sp_id_to_piece(const oncoview_sp *sp, int32_t id, char **piece, char **error);

// Runs SentencePieceTrainer::Train with a flag string ("--input=... --model_prefix=...").
int oncoview_sp_train(const char *flags, char **error);

void oncoview_sp_free(void *pointer);

#ifdef __cplusplus
}
#endif
