/** @module Zip archives are recognised by their magic bytes, never by the file name. */

/** True for a local file header (`PK\x03\x04`) or an empty archive's end record (`PK\x05\x06`). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  );
}

/** `exports/slack.zip` → `exports/slack`: the folder a zip's entries are unpacked into. */
export function zipFolderName(name: string): string {
  return name.replace(/\.zip$/i, '') || name;
}
