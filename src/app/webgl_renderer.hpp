// Draws ImGui's draw lists with WebGL2.
//
// The article owns its WebGL context, so this renderer sets the state it needs and never
// reads any back. ImGui's OpenGL3 backend is written for programs that share a context: it
// saves and restores about sixteen pieces of GL state every frame, and in a browser each
// glGet* is a synchronous round trip to the GPU process. Measured in headless Chromium those
// reads cost more than everything else in a frame (docs/architecture.md has the figures).
#pragma once

struct ImDrawData;

namespace article::app {

// Compiles the shader and makes the vertex array. False if WebGL refused the shader.
// Called again when a lost context is restored: every GL object is made anew.
bool RendererInit();

// Uploads ImGui's (re)built font atlas as a one-channel texture and frees the CPU copy.
void RendererUploadFonts();

// Draws one frame's lists into the current framebuffer (already cleared by the caller).
void RendererDraw(const ImDrawData* data);

// Draws one triangle with the frame's program and state into a 1x1 framebuffer of its own and
// hands it to the GPU at once. A software GPU (SwiftShader) compiles its code for that state on
// the first draw; this way it does so while start-up goes on, not inside the first frame's
// commit, when the page's main thread waits for it (docs/decisions.md, "Start-up in steps").
void RendererWarmUp();

// Hands what was drawn to the GPU now, rather than at the page's next commit.
void RendererSubmit();

// A digest of what a frame would draw, with the clear colour and viewport. An equal digest means
// an equal picture: the frame need not reach WebGL (the canvas keeps its last frame).
unsigned long long DrawDigest(const ImDrawData* data, const float clear_rgba[4], int viewport_w, int viewport_h);

}  // namespace article::app
