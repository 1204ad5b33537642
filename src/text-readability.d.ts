// The few counters of text-readability that src/lib/reading-grade.ts uses (the package ships no types).
declare module 'text-readability' {
  const readability: {
    lexiconCount(text: string): number;
    syllableCount(text: string): number;
    sentenceCount(text: string): number;
  };
  export default readability;
}
