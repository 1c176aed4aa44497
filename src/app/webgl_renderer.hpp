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

}  // namespace article::app
