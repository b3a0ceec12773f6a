/**
 * A PubMed search for a printed reference. The article prints no DOIs or PMIDs, and we never
 * invent one: the link searches PubMed for the reference's title as printed.
 * "Wu M, Chen G. TGF-β and BMP signaling in … disease. Bone Res 2016;4:1-21." → title part.
 */
export function pubmedUrl(printed: string): string {
  const parts = printed.split(/\.\s+/);
  // Authors. Title. Journal year;volume:pages — the title is the second sentence when there are three.
  const title = parts.length >= 3 && parts[1]!.length > 15 ? parts[1]! : printed;
  return `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(title.trim())}`;
}
