// The bench's page bundle: the package's real compressEdits (with its worker
// file), browser-image-compression itself for the comparison, and SSIM.
import imageCompression from 'browser-image-compression';
import { compressEdits } from '../src/compress/compressEdits.ts';
import { similarity } from './similarity.ts';

Object.assign(window, { bench: { compressEdits, imageCompression, similarity } });
