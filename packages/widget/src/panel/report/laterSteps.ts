// Report steps 2 to 5, one chunk: loaded while the user writes step 1.
export { DetailsStep } from './DetailsStep.tsx';
export { FilesStep } from './FilesStep.tsx';
export { ReviewStep } from './ReviewStep.tsx';
export { TriedStep } from './TriedStep.tsx';
