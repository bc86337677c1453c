/** The `k` best partners of each of `n` documents, in flat typed arrays: a long text offers millions
 * of pairs, and most are turned away by one comparison with the worst kept so far. */
export class BestOf {
  private readonly partner: Int32Array
  private readonly score: Float64Array
  private readonly count: Int32Array
  /** Slot of the worst kept partner of each document, once it has `k`. */
  private readonly worst: Int32Array

  constructor(
    n: number,
    private readonly k: number,
  ) {
    this.partner = new Int32Array(n * k)
    this.score = new Float64Array(n * k)
    this.count = new Int32Array(n)
    this.worst = new Int32Array(n)
  }

  offer(doc: number, partner: number, score: number): void {
    const base = doc * this.k
    const count = this.count[doc]!
    if (count < this.k) {
      this.partner[base + count] = partner
      this.score[base + count] = score
      this.count[doc] = count + 1
      if (count + 1 === this.k) this.findWorst(doc)
      return
    }
    const slot = base + this.worst[doc]!
    if (score <= this.score[slot]!) return
    this.partner[slot] = partner
    this.score[slot] = score
    this.findWorst(doc)
  }

  private findWorst(doc: number): void {
    const base = doc * this.k
    let worst = 0
    for (let q = 1; q < this.k; q++) {
      if (this.score[base + q]! < this.score[base + worst]!) worst = q
    }
    this.worst[doc] = worst
  }

  /** Whether `partner` is among the best kept for `doc`. */
  holds(doc: number, partner: number): boolean {
    const base = doc * this.k
    for (let q = 0; q < this.count[doc]!; q++) if (this.partner[base + q] === partner) return true
    return false
  }

  each(visit: (doc: number, partner: number, score: number) => void): void {
    for (let doc = 0; doc < this.count.length; doc++) {
      for (let q = 0; q < this.count[doc]!; q++) {
        visit(doc, this.partner[doc * this.k + q]!, this.score[doc * this.k + q]!)
      }
    }
  }
}
