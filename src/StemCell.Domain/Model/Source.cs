using System.Collections.Immutable;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Model;

/// <summary>A document that evidence comes from: an article, a publication, a press release or a registry record.</summary>
/// <remarks>
/// <para>
/// A source is described only as far as it describes itself: an article with no byline has no author, and one with
/// no date has no <see cref="PublicationDate"/> (a partial date when only the year or month is known).
/// <see cref="Notes"/> records what a reader should know about the source itself, such as an inconsistency in it.
/// Studies, findings and safety profiles cite a source by its <see cref="Id"/>, which must be unique in its dataset.
/// </para>
/// <para>Equality: equal when every property is equal, lists compared element by element in order.</para>
/// </remarks>
public sealed record Source
{
    /// <summary>Initializes a new instance of the <see cref="Source"/> class.</summary>
    /// <param name="id">The source's id in its dataset: a lower-kebab-case slug such as <c>stem-cell-ms-als-2023-review</c>.</param>
    /// <param name="title">The source's title.</param>
    /// <param name="evidenceKind">What kind of source it is.</param>
    /// <param name="publisher">Who published it, or null when the source does not say.</param>
    /// <param name="authors">Who wrote it, as the source names them; empty when it names nobody.</param>
    /// <param name="publicationDate">When it was published, as precisely as known, or null when unknown.</param>
    /// <param name="locator">Where it can be found, or null.</param>
    /// <param name="claims">What it states about terms of the vocabulary, in its own words.</param>
    /// <param name="notes">Free-text notes about the source itself, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/> or <paramref name="evidenceKind"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is not a slug; a text is blank or padded; or a list contains a null, blank or padded entry.
    /// </exception>
    public Source(
        string id,
        string title,
        EvidenceKind evidenceKind,
        string? publisher = null,
        IEnumerable<string>? authors = null,
        PartialDate? publicationDate = null,
        SourceLocator? locator = null,
        IEnumerable<Claim>? claims = null,
        string? notes = null)
        : this(id, title, evidenceKind, publisher, authors, publicationDate, locator, claims, notes, problems: null)
    {
    }

    private Source(
        string id,
        string title,
        EvidenceKind evidenceKind,
        string? publisher,
        IEnumerable<string>? authors,
        PartialDate? publicationDate,
        SourceLocator? locator,
        IEnumerable<Claim>? claims,
        string? notes,
        ProblemCollector? problems)
    {
        Id = Preconditions.CheckSlug(id, problems);
        Title = Preconditions.CheckNotBlank(title, problems);
        EvidenceKind = Preconditions.CheckNotNull(evidenceKind, problems);
        Publisher = Preconditions.CheckNullOrNotBlank(publisher, problems);
        Authors = Preconditions.CheckElementsNotBlank(authors, problems);
        PublicationDate = publicationDate;
        Locator = locator;
        Claims = Preconditions.CheckElementsNotNull(claims, problems);
        Notes = Preconditions.CheckNullOrNotBlank(notes, problems);
    }

    /// <summary>Gets the source's id in its dataset.</summary>
    /// <value>A lower-kebab-case slug, unique among the dataset's sources.</value>
    public string Id { get; }

    /// <summary>Gets the source's title.</summary>
    /// <value>The title.</value>
    public string Title { get; }

    /// <summary>Gets what kind of source it is.</summary>
    /// <value>An evidence kind, such as a secondary report.</value>
    public EvidenceKind EvidenceKind { get; }

    /// <summary>Gets who published the source.</summary>
    /// <value>A publisher, or null when the source does not say.</value>
    public string? Publisher { get; }

    /// <summary>Gets who wrote the source.</summary>
    /// <value>Authors as the source names them; empty when it names nobody.</value>
    public ImmutableArray<string> Authors { get; }

    /// <summary>Gets when the source was published.</summary>
    /// <value>A year, month or day, or null when unknown.</value>
    public PartialDate? PublicationDate { get; }

    /// <summary>Gets where the source can be found.</summary>
    /// <value>A URL or DOI, or null.</value>
    public SourceLocator? Locator { get; }

    /// <summary>Gets what the source states about terms of the vocabulary.</summary>
    /// <value>Claims in the order given; empty when none is recorded.</value>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Gets notes about the source itself.</summary>
    /// <value>Free text, such as an inconsistency within the source, or null.</value>
    public string? Notes { get; }

    /// <summary>Creates a source, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The source, or null when a problem was added.</returns>
    internal static Source? Create(
        ProblemCollector problems,
        string id,
        string title,
        EvidenceKind evidenceKind,
        string? publisher = null,
        IEnumerable<string>? authors = null,
        PartialDate? publicationDate = null,
        SourceLocator? locator = null,
        IEnumerable<Claim>? claims = null,
        string? notes = null) =>
        problems.Keep(problems.Count, new Source(id, title, evidenceKind, publisher, authors, publicationDate, locator, claims, notes, problems));

    /// <inheritdoc />
    public bool Equals(Source? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Title == other.Title
            && EvidenceKind == other.EvidenceKind
            && Publisher == other.Publisher
            && SequenceEquality.Equal(Authors, other.Authors)
            && PublicationDate == other.PublicationDate
            && Locator == other.Locator
            && SequenceEquality.Equal(Claims, other.Claims)
            && Notes == other.Notes);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Title);
        hash.Add(EvidenceKind);
        hash.Add(Publisher);
        SequenceEquality.AddTo(ref hash, Authors);
        hash.Add(PublicationDate);
        hash.Add(Locator);
        SequenceEquality.AddTo(ref hash, Claims);
        hash.Add(Notes);
        return hash.ToHashCode();
    }

    /// <summary>Returns the source's id and title.</summary>
    /// <returns>Text such as <c>stem-cell-ms-als-2023-review: Stem cell therapy …</c>.</returns>
    public override string ToString() => $"{Id}: {Title}";
}
