"""Crop-level fakes made in Python, each with the blend mask it was pasted through.

The crops are aligned to one template (ArcFace's five points in the middle 112 of 160 units,
so eyes near y 100 and the mouth near y 165 of 256 px), so a face from another crop lands on
the same landmarks without warping, and one soft elliptical mask placed by the template
covers the inner face. The kinds are those the issue adds to `seamscan synth`'s:
  cross-identity  another identity's face, colour-transferred and blended in (cut and paste);
  restored        a swap whose face is sharper than the head (restorers and upscalers run after
                  one-shot tools leave this), made by a detail boost inside the mask;
  rerender        the face passed through a small conv autoencoder with upsampling layers, so
                  it carries a real decoder's upsampling fingerprint (AutoGAN's idea); one
                  autoencoder per fold, trained only on that fold's training identities.
Every function returns (fake uint8 HxWx3, mask float32 HxW in [0, 1]).
"""
import numpy as np
import torch
from PIL import Image
from torch import nn

SIDE = 256
FACE_CENTRE = (128.0, 150.0)  # x, y in crop pixels: between the eyes and the chin
FACE_AXES = (62.0, 74.0)


def _blur(array, sigma):
    """Separable Gaussian blur (standard deviation `sigma` px) of a float HxW or HxWx3 array,
    edges reflected; numpy only."""
    if sigma <= 0:
        return array.astype(np.float32)
    radius = int(np.ceil(3 * sigma))
    kernel = np.exp(-0.5 * (np.arange(-radius, radius + 1) / sigma) ** 2)
    kernel = (kernel / kernel.sum()).astype(np.float32)
    out = array.astype(np.float32)
    for axis in (0, 1):
        pad = [(0, 0)] * out.ndim
        pad[axis] = (radius, radius)
        padded = np.pad(out, pad, mode="reflect")
        length = out.shape[axis]
        out = sum(kernel[k] * np.take(padded, np.arange(k, k + length), axis=axis) for k in range(len(kernel)))
    return out


def template_mask(rng=None, side=SIDE):
    """The soft inner-face mask; with `rng`, its centre, size, shape and feather are jittered
    so the network cannot learn one fixed boundary."""
    cx, cy = FACE_CENTRE
    ax, ay = FACE_AXES
    feather = 6.0
    if rng is not None:
        cx += rng.uniform(-4, 4)
        cy += rng.uniform(-6, 4)
        ax *= rng.uniform(0.8, 1.1)
        ay *= rng.uniform(0.8, 1.1)
        feather = rng.uniform(3, 12)
    scale = side / SIDE
    y, x = np.mgrid[0:side, 0:side].astype(np.float32)
    inside = (((x - cx * scale) / (ax * scale)) ** 2 + ((y - cy * scale) / (ay * scale)) ** 2 <= 1).astype(np.float32)
    return np.clip(_blur(inside, feather * scale), 0, 1)


def colour_transfer(face, target, mask):
    """`face` with each channel's mean and spread inside the mask matched to `target`'s."""
    weight = mask[..., None] > 0.5
    out = face.astype(np.float32).copy()
    for c in range(3):
        src = face[..., c][weight[..., 0]].astype(np.float32)
        ref = target[..., c][weight[..., 0]].astype(np.float32)
        if src.size < 16:
            return out
        out[..., c] = (out[..., c] - src.mean()) / (src.std() + 1e-3) * (ref.std() + 1e-3) + ref.mean()
    return np.clip(out, 0, 255)


def _paste(face, target, mask):
    blended = mask[..., None] * face.astype(np.float32) + (1 - mask[..., None]) * target.astype(np.float32)
    return np.clip(np.rint(blended), 0, 255).astype(np.uint8)


def cross_identity(target, donor, rng):
    """Donor's face (another identity, same fold) colour-matched and blended into target."""
    mask = template_mask(rng)
    return _paste(colour_transfer(donor, target, mask), target, mask), mask


def restored(target, donor, rng):
    """A swap (self or cross-identity) whose face is smoothed then detail-boosted, as a face
    restorer leaves it: sharper and cleaner than the head around it."""
    mask = template_mask(rng)
    face = colour_transfer(donor, target, mask) if donor is not None else target.astype(np.float32)
    smooth = _blur(face, rng.uniform(0.5, 1.2))
    detail = smooth - _blur(smooth, rng.uniform(1.5, 3.5))
    sharp = np.clip(smooth + rng.uniform(0.8, 2.0) * detail, 0, 255)
    return _paste(sharp, target, mask), mask


class AutoEncoder(nn.Module):
    """A small face autoencoder at 128 px: stride-2 convolutions down to 16 px, then nearest
    upsampling + convolution twice and one transposed convolution back up, the decoders
    one-shot swappers and GANs use."""

    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(3, 24, 4, 2, 1), nn.LeakyReLU(0.1),
            nn.Conv2d(24, 48, 4, 2, 1), nn.LeakyReLU(0.1),
            nn.Conv2d(48, 96, 4, 2, 1), nn.LeakyReLU(0.1))
        self.decoder = nn.Sequential(
            nn.Upsample(scale_factor=2, mode="nearest"), nn.Conv2d(96, 48, 3, 1, 1), nn.LeakyReLU(0.1),
            nn.Upsample(scale_factor=2, mode="nearest"), nn.Conv2d(48, 24, 3, 1, 1), nn.LeakyReLU(0.1),
            nn.ConvTranspose2d(24, 3, 4, 2, 1), nn.Sigmoid())

    def forward(self, x):
        return self.decoder(self.encoder(x))


def _to_tensor(crops, side=128):
    resized = [np.asarray(Image.fromarray(c).resize((side, side), Image.BILINEAR)) for c in crops]
    return torch.from_numpy(np.stack(resized)).permute(0, 3, 1, 2).float() / 255


def train_autoencoder(crops, steps, seed, batch=16, log=print):
    """Fits an AutoEncoder to real crops (uint8 Nx256x256x3) with an L1 loss; CPU, seeded."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = AutoEncoder()
    optimiser = torch.optim.Adam(model.parameters(), lr=2e-3)
    for step in range(steps):
        chosen = rng.choice(len(crops), size=min(batch, len(crops)), replace=False)
        x = _to_tensor([crops[i] for i in chosen])
        if rng.random() < 0.5:
            x = x.flip(3)
        loss = (model(x) - x).abs().mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        if step % 100 == 0 or step == steps - 1:
            log(f"    autoencoder step {step + 1}/{steps}: L1 {loss.item():.4f}")
    return model.eval()


def rerender(model, target, rng):
    """Target's face reconstructed by the autoencoder, upsampled to the crop, pasted back."""
    with torch.no_grad():
        out = model(_to_tensor([target]))[0].permute(1, 2, 0).numpy() * 255
    face = np.asarray(Image.fromarray(np.clip(np.rint(out), 0, 255).astype(np.uint8))
                      .resize((target.shape[1], target.shape[0]), Image.BILINEAR))
    mask = template_mask(rng)
    return _paste(colour_transfer(face, target, mask), target, mask), mask
