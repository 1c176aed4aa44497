#include "webgl_renderer.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>

#include <GLES3/gl3.h>

#include "imgui.h"

namespace article::app {

namespace {

struct Renderer {
    GLuint program = 0;
    GLuint vertex_array = 0;
    GLuint vertex_buffer = 0;
    GLuint index_buffer = 0;
    GLuint font_texture = 0;
    GLint transform = -1;  // uniform location
};
Renderer g_renderer;

// Positions arrive in CSS pixels; u_transform maps them to clip space (scale in xy, offset in zw).
const char* const kVertexShader = R"(#version 300 es
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;
uniform vec4 u_transform;
out vec2 v_uv;
out vec4 v_color;
void main() {
    v_uv = a_uv;
    v_color = a_color;
    gl_Position = vec4(a_position * u_transform.xy + u_transform.zw, 0.0, 1.0);
}
)";

// The atlas holds coverage only (ImGui's white pixel included), so colour comes from the vertex.
const char* const kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D u_atlas;
in vec2 v_uv;
in vec4 v_color;
out vec4 o_color;
void main() {
    o_color = vec4(v_color.rgb, v_color.a * texture(u_atlas, v_uv).r);
}
)";

GLuint CompileShader(GLenum kind, const char* source) {
    GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

}  // namespace

bool RendererInit() {
    Renderer& r = g_renderer;
    r = Renderer{};  // after a lost context, the old object names mean nothing
    GLuint vs = CompileShader(GL_VERTEX_SHADER, kVertexShader);
    GLuint fs = CompileShader(GL_FRAGMENT_SHADER, kFragmentShader);
    r.program = glCreateProgram();
    glAttachShader(r.program, vs);
    glAttachShader(r.program, fs);
    glLinkProgram(r.program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    // The one state read: it waits for the compile, which the first draw would wait for anyway.
    GLint linked = GL_FALSE;
    glGetProgramiv(r.program, GL_LINK_STATUS, &linked);
    if (linked != GL_TRUE) return false;
    r.transform = glGetUniformLocation(r.program, "u_transform");
    glUseProgram(r.program);
    glUniform1i(glGetUniformLocation(r.program, "u_atlas"), 0);

    glGenVertexArrays(1, &r.vertex_array);
    glGenBuffers(1, &r.vertex_buffer);
    glGenBuffers(1, &r.index_buffer);
    glBindVertexArray(r.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, r.vertex_buffer);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, r.index_buffer);  // part of the vertex array's state
    const GLsizei stride = sizeof(ImDrawVert);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));

    // Fixed state for every frame: nothing else draws into this context.
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glActiveTexture(GL_TEXTURE0);

    ImGui::GetIO().BackendRendererName = "article_webgl2";
    return true;
}

void RendererUploadFonts() {
    Renderer& r = g_renderer;
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas->GetTexDataAsAlpha8(&pixels, &width, &height);  // a quarter of the RGBA upload
    if (!r.font_texture) glGenTextures(1, &r.font_texture);
    glBindTexture(GL_TEXTURE_2D, r.font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(r.font_texture)));
    atlas->ClearTexData();  // the GPU has it; the glyph tables ImGui lays text out with stay
}

void RendererDraw(const ImDrawData* data) {
    const Renderer& r = g_renderer;
    const ImVec2 origin = data->DisplayPos, size = data->DisplaySize, scale = data->FramebufferScale;
    const float fb_height = size.y * scale.y;
    if (size.x <= 0 || size.y <= 0 || !r.program) return;

    glUseProgram(r.program);
    glBindVertexArray(r.vertex_array);
    glUniform4f(r.transform, 2.0f / size.x, -2.0f / size.y, -1.0f - 2.0f * origin.x / size.x, 1.0f + 2.0f * origin.y / size.y);
    glEnable(GL_SCISSOR_TEST);
    GLuint bound_texture = 0;
    for (int n = 0; n < data->CmdListsCount; n++) {
        const ImDrawList* list = data->CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(list->VtxBuffer.Size) * GLsizeiptr(sizeof(ImDrawVert)), list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(list->IdxBuffer.Size) * GLsizeiptr(sizeof(ImDrawIdx)), list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {  // the article adds none; honour ImGui's contract anyway
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            // Clip rectangle in framebuffer pixels; GL's scissor origin is the bottom-left corner.
            const float x0 = (cmd.ClipRect.x - origin.x) * scale.x, y0 = (cmd.ClipRect.y - origin.y) * scale.y;
            const float x1 = (cmd.ClipRect.z - origin.x) * scale.x, y1 = (cmd.ClipRect.w - origin.y) * scale.y;
            if (x1 <= x0 || y1 <= y0 || cmd.ElemCount == 0) continue;
            glScissor(GLint(x0), GLint(fb_height - y1), GLsizei(x1 - x0), GLsizei(y1 - y0));
            const GLuint texture = GLuint(reinterpret_cast<intptr_t>(cmd.GetTexID()));
            if (texture != bound_texture) {
                glBindTexture(GL_TEXTURE_2D, texture);
                bound_texture = texture;
            }
            glDrawElements(GL_TRIANGLES, GLsizei(cmd.ElemCount), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(uintptr_t(cmd.IdxOffset) * sizeof(ImDrawIdx)));
        }
    }
    glDisable(GL_SCISSOR_TEST);  // the caller's next glClear must reach the whole canvas
}

void RendererWarmUp() {
    const Renderer& r = g_renderer;
    if (!r.program || !r.font_texture) return;
    GLuint target = 0, framebuffer = 0;
    glGenTextures(1, &target);
    glBindTexture(GL_TEXTURE_2D, target);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, 1, 1, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glGenFramebuffers(1, &framebuffer);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, target, 0);
    glViewport(0, 0, 1, 1);
    const ImDrawVert triangle[3] = {{ImVec2(0, 0), ImVec2(0, 0), 0xff000000u}, {ImVec2(1, 0), ImVec2(0, 0), 0xff000000u},
                                    {ImVec2(0, 1), ImVec2(0, 0), 0xff000000u}};
    const ImDrawIdx indices[3] = {0, 1, 2};
    glUseProgram(r.program);
    glBindVertexArray(r.vertex_array);
    glUniform4f(r.transform, 2.0f, -2.0f, -1.0f, 1.0f);
    glBindTexture(GL_TEXTURE_2D, r.font_texture);
    glBufferData(GL_ARRAY_BUFFER, sizeof(triangle), triangle, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, sizeof(indices), indices, GL_STREAM_DRAW);
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, 0, 1, 1);
    glDrawElements(GL_TRIANGLES, 3, sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT, nullptr);
    glDisable(GL_SCISSOR_TEST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDeleteFramebuffers(1, &framebuffer);
    glDeleteTextures(1, &target);
    RendererSubmit();
}

void RendererSubmit() {
    // ANGLE keeps draws until something needs them; a fence does.
    GLsync fence = glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
    glFlush();
    glDeleteSync(fence);
}

unsigned long long DrawDigest(const ImDrawData* data, const float clear_rgba[4], int viewport_w, int viewport_h) {
    // Eight bytes a round (xxHash64's round function): about 100 KB a frame in some 0.05 ms.
    uint64_t h = 0x27d4eb2f165667c5ull;
    auto mix = [&h](const void* bytes, size_t n) {
        const unsigned char* p = static_cast<const unsigned char*>(bytes);
        auto round = [&h](uint64_t w) {
            h ^= w * 0xc2b2ae3d27d4eb4full;
            h = ((h << 31) | (h >> 33)) * 0x9e3779b185ebca87ull;
        };
        size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            uint64_t w;
            std::memcpy(&w, p + i, 8);
            round(w);
        }
        uint64_t tail = n;  // the length, so buffers that differ only in trailing zeros differ
        if (n > i) std::memcpy(&tail, p + i, n - i);
        round(tail ^ (uint64_t(n) << 56));
    };
    mix(clear_rgba, 4 * sizeof(float));
    mix(&viewport_w, sizeof viewport_w);
    mix(&viewport_h, sizeof viewport_h);
    mix(&data->DisplaySize, sizeof data->DisplaySize);
    mix(&data->FramebufferScale, sizeof data->FramebufferScale);
    for (int n = 0; n < data->CmdListsCount; n++) {
        const ImDrawList* list = data->CmdLists[n];
        mix(list->VtxBuffer.Data, size_t(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        mix(list->IdxBuffer.Data, size_t(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            mix(&cmd.ClipRect, sizeof cmd.ClipRect);
            ImTextureID tex = cmd.GetTexID();
            mix(&tex, sizeof tex);
            mix(&cmd.IdxOffset, sizeof cmd.IdxOffset);
            mix(&cmd.ElemCount, sizeof cmd.ElemCount);
        }
    }
    return h == 0 ? 1 : h;  // 0 stands for "draw the next frame"
}

}  // namespace article::app
