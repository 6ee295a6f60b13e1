"""The training pipeline of SeamScan's learned face model (issue 16), run by Scripts/train-face-model.py.

Modules, in the order data flows:
  sources   which real files, their identity groups, SHA-256s and folds (identity-disjoint)
  crops     aligned 256-px crops from `seamscan faces --crops`: real frames and `seamscan synth`
            fakes passed through the same encode chain, cached per source in the work folder
  fakes     crop-level fakes made in Python: cross-identity, restored, neural re-render
  network   the MesoNet-sized classifier (exportable) with a training-only blend-mask head
  training  pair-matched batches, compression/rescale augmentation, resumable checkpoints
  report    held-out AUCs per kind, calibration thresholds and the model card

Everything large (frames, crops, arrays, checkpoints) lives in the --work folder, outside the
repository, so a killed run resumes where it stopped and no media is ever committed.
"""
