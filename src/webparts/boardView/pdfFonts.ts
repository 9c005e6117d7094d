/**
 * The archival PDF's fonts as the SPFx package's own assets: SPFx's webpack configuration emits each
 * required .ttf into the package (ClientSideAssets) and `require` gives its URL on the CDN the package is
 * served from, so the board page needs no other host. They are fetched only when a PDF is made.
 */
import type { FontLocation } from '../../documents/render/fonts';

/* eslint-disable @typescript-eslint/no-var-requires -- webpack's asset modules: `require` returns the emitted file's URL */
export const PACKAGED_PDF_FONTS: FontLocation = {
  regular: require('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf') as string,
  bold: require('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf') as string,
  italic: require('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf') as string,
  boldItalic: require('@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf') as string
};
/* eslint-enable @typescript-eslint/no-var-requires */
