// SPDX-License-Identifier: Apache-2.0
// The sentencepiece side of the shim: plain C in, plain C out, no exception crosses the boundary.

#include "spshim.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct oncoview_sp
{
    sentencepiece::SentencePieceProcessor processor;
};

namespace {

char *copyString(const std::string &text)
{
    char *copy = static_cast<char *>(std::malloc(text.size() + 1));
    if (copy) {
        std::memcpy(copy, text.data(), text.size());
        copy[text.size()] = '\0';
    }
    return copy;
}

int fail(char **error, const std::string &message)
{
    if (error) {
        *error = copyString(message);
    }
    return 1;
}

} // namespace

extern "C" {

int oncoview_sp_abi(void)
{
    return ONCOVIEW_SPSHIM_ABI;
}

oncoview_sp *oncoview_sp_load(const char *model_path, char **error)
{
    try {
        auto sp = std::make_unique<oncoview_sp>();
        const auto status = sp->processor.Load(model_path);
        if (!status.ok()) {
            fail(error, status.ToString());
            return nullptr;
        }
        return sp.release();
    } catch (const std::exception &exception) {
        fail(error, exception.what());
        return nullptr;
    }
}

void oncoview_sp_unload(oncoview_sp *sp)
{
    delete sp;
}

int32_t oncoview_sp_vocab_size(const oncoview_sp *sp)
{
    return sp->processor.GetPieceSize();
}

int32_t oncoview_sp_unk_id(const oncoview_sp *sp)
{
    return sp->processor.unk_id();
}

int32_t oncoview_sp_bos_id(const oncoview_sp *sp)
{
    return sp->processor.bos_id();
}

int32_t oncoview_sp_eos_id(const oncoview_sp *sp)
{
    return sp->processor.eos_id();
}

int32_t oncoview_sp_piece_to_id(const oncoview_sp *sp, const char *piece)
{
    return sp->processor.PieceToId(piece);
}

int oncoview_sp_is_control(const oncoview_sp *sp, int32_t id)
{
    return id >= 0 && id < sp->processor.GetPieceSize() && sp->processor.IsControl(id) ? 1 : 0;
}

int oncoview_sp_encode(const oncoview_sp *sp, const char *text, size_t length, int32_t **ids,
                       size_t *count, char **error)
{
    try {
        std::vector<int> encoded;
        const auto status = sp->processor.Encode(std::string_view(text, length), &encoded);
        if (!status.ok()) {
            return fail(error, status.ToString());
        }
        *count = encoded.size();
        *ids = static_cast<int32_t *>(std::malloc(sizeof(int32_t) * (encoded.size() + 1)));
        if (!*ids) {
            return fail(error, "out of memory");
        }
        for (size_t i = 0; i < encoded.size(); ++i) {
            (*ids)[i] = encoded[i];
        }
        return 0;
    } catch (const std::exception &exception) {
        return fail(error, exception.what());
    }
}

int oncoview_sp_decode(const oncoview_sp *sp, const int32_t *ids, size_t count, char **text,
                       size_t *length, char **error)
{
    try {
        const int32_t size = sp->processor.GetPieceSize();
        std::vector<int> input(ids, ids + count);
        for (int id : input) {
            if (id < 0 || id >= size) {
                return fail(error,
                            "token id " + std::to_string(id) + " is outside the vocabulary of "
                                + std::to_string(size));
            }
        }
        std::string decoded;
        const auto status = sp->processor.Decode(input, &decoded);
        if (!status.ok()) {
            return fail(error, status.ToString());
        }
        *text = copyString(decoded);
        *length = decoded.size();
        return *text ? 0 : fail(error, "out of memory");
    } catch (const std::exception &exception) {
        return fail(error, exception.what());
    }
}

int oncoview_sp_id_to_piece(const oncoview_sp *sp, int32_t id, char **piece, char **error)
{
    if (id < 0 || id >= sp->processor.GetPieceSize()) {
        return fail(error, "token id " + std::to_string(id) + " is outside the vocabulary");
    }
    *piece = copyString(sp->processor.IdToPiece(id));
    return *piece ? 0 : fail(error, "out of memory");
}

int oncoview_sp_train(const char *flags, char **error)
{
    try {
        const auto status = sentencepiece::SentencePieceTrainer::Train(flags);
        return status.ok() ? 0 : fail(error, status.ToString());
    } catch (const std::exception &exception) {
        return fail(error, exception.what());
    }
}

void oncoview_sp_free(void *pointer)
{
    std::free(pointer);
}

} // extern "C"
