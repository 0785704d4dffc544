using System.Collections.Immutable;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Model;

/// <summary>What the participants of a study received: which cells, from where and whom, how, and after what conditioning.</summary>
/// <remarks>
/// <para>
/// Every part is optional, the kind of cell included: sources often leave out the tissue, the donor or the route,
/// and a registry record may say "autologous bone marrow-derived stem cells given intrathecally" without saying which
/// stem cells, or give cells the vocabulary has no term for (mesenchymal stem cell-derived neural progenitors). The
/// model records what they state and leaves the rest null. A treatment can reach the patient by more than one route (cells given
/// intrathecally and intravenously in one course), so <see cref="DeliveryRoutes"/> is a list.
/// </para>
/// <para>
/// A <see cref="ConditioningRegimen"/> (treatment that clears the patient's immune or blood-forming system before
/// the cells are given, such as the intensive chemotherapy of autologous HSCT) makes the intervention a
/// hematopoietic stem cell transplant (<see cref="IsHematopoieticStemCellTransplant"/>); validation then requires
/// the cells to be <see cref="StemCellType.Hematopoietic"/>.
/// </para>
/// <para>Equality: equal when every property is equal, the delivery routes compared element by element in order.</para>
/// </remarks>
public sealed record Intervention
{
    /// <summary>Initializes a new instance of the <see cref="Intervention"/> class.</summary>
    /// <param name="stemCellType">The type of stem cell given, or null when the source does not say which stem cells.</param>
    /// <param name="tissueSource">The tissue the cells come from, or null when the source does not say.</param>
    /// <param name="donorOrigin">Whose cells they are, or null when the source does not say.</param>
    /// <param name="deliveryRoutes">How the cells are delivered, each route once, in the order given; null or empty when the source does not say.</param>
    /// <param name="conditioningRegimen">The conditioning given before the cells, in the source's words (such as "intensive chemotherapy"), or null when there is none.</param>
    /// <param name="dose">How many cells one administration gives, or null when the source does not say.</param>
    /// <param name="numberOfAdministrations">How many times the cells are given, or null when the source does not say.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="conditioningRegimen"/> is blank or padded, or <paramref name="deliveryRoutes"/> contains a null or names a route twice.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numberOfAdministrations"/> is not positive.</exception>
    public Intervention(
        StemCellType? stemCellType,
        TissueSource? tissueSource = null,
        DonorOrigin? donorOrigin = null,
        IEnumerable<DeliveryRoute>? deliveryRoutes = null,
        string? conditioningRegimen = null,
        Dose? dose = null,
        int? numberOfAdministrations = null)
        : this(stemCellType, tissueSource, donorOrigin, deliveryRoutes, conditioningRegimen, dose, numberOfAdministrations, problems: null)
    {
    }

    private Intervention(
        StemCellType? stemCellType,
        TissueSource? tissueSource,
        DonorOrigin? donorOrigin,
        IEnumerable<DeliveryRoute>? deliveryRoutes,
        string? conditioningRegimen,
        Dose? dose,
        int? numberOfAdministrations,
        ProblemCollector? problems)
    {
        StemCellType = stemCellType;
        TissueSource = tissueSource;
        DonorOrigin = donorOrigin;
        DeliveryRoutes = Preconditions.CheckElementsDistinct(deliveryRoutes, problems);
        ConditioningRegimen = Preconditions.CheckNullOrNotBlank(conditioningRegimen, problems);
        Dose = dose;
        NumberOfAdministrations = Preconditions.CheckNullOrPositive(numberOfAdministrations, problems);
    }

    /// <summary>Gets the type of stem cell given.</summary>
    /// <value>A stem cell type, such as mesenchymal, or null when the source does not say which stem cells.</value>
    public StemCellType? StemCellType { get; }

    /// <summary>Gets the tissue the cells come from.</summary>
    /// <value>A tissue source, or null when the source does not say.</value>
    public TissueSource? TissueSource { get; }

    /// <summary>Gets whose cells they are.</summary>
    /// <value>Autologous or allogeneic, or null when the source does not say.</value>
    public DonorOrigin? DonorOrigin { get; }

    /// <summary>Gets how the cells are delivered.</summary>
    /// <value>The delivery routes, each once, in the order given; empty when the source does not say.</value>
    public ImmutableArray<DeliveryRoute> DeliveryRoutes { get; }

    /// <summary>Gets the conditioning given before the cells.</summary>
    /// <value>The source's words, such as "intensive chemotherapy", or null when there is none.</value>
    public string? ConditioningRegimen { get; }

    /// <summary>Gets how many cells one administration gives.</summary>
    /// <value>A dose, or null when the source does not say.</value>
    public Dose? Dose { get; }

    /// <summary>Gets how many times the cells are given.</summary>
    /// <value>A positive count, or null when the source does not say.</value>
    public int? NumberOfAdministrations { get; }

    /// <summary>Gets a value indicating whether the intervention is a hematopoietic stem cell transplant (HSCT).</summary>
    /// <value><see langword="true"/> when it has a <see cref="ConditioningRegimen"/>.</value>
    public bool IsHematopoieticStemCellTransplant => ConditioningRegimen is not null;

    /// <summary>Creates an intervention, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The intervention, or null when a problem was added.</returns>
    internal static Intervention? Create(
        ProblemCollector problems,
        StemCellType? stemCellType,
        TissueSource? tissueSource = null,
        DonorOrigin? donorOrigin = null,
        IEnumerable<DeliveryRoute>? deliveryRoutes = null,
        string? conditioningRegimen = null,
        Dose? dose = null,
        int? numberOfAdministrations = null) =>
        problems.Keep(
            problems.Count,
            new Intervention(stemCellType, tissueSource, donorOrigin, deliveryRoutes, conditioningRegimen, dose, numberOfAdministrations, problems));

    /// <inheritdoc />
    public bool Equals(Intervention? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && StemCellType == other.StemCellType
            && TissueSource == other.TissueSource
            && DonorOrigin == other.DonorOrigin
            && SequenceEquality.Equal(DeliveryRoutes, other.DeliveryRoutes)
            && ConditioningRegimen == other.ConditioningRegimen
            && Dose == other.Dose
            && NumberOfAdministrations == other.NumberOfAdministrations);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(StemCellType);
        hash.Add(TissueSource);
        hash.Add(DonorOrigin);
        SequenceEquality.AddTo(ref hash, DeliveryRoutes);
        hash.Add(ConditioningRegimen);
        hash.Add(Dose);
        hash.Add(NumberOfAdministrations);
        return hash.ToHashCode();
    }

    /// <summary>Describes the intervention in a few words.</summary>
    /// <returns>
    /// Text such as <c>autologous hematopoietic (after intensive chemotherapy)</c> or
    /// <c>autologous mesenchymal, intrathecal and intravenous</c>.
    /// </returns>
    public override string ToString()
    {
        var kind = StemCellType?.Code ?? "stem cells of an unstated type";
        var cells = DonorOrigin is null ? kind : $"{DonorOrigin.Code} {kind}";
        var route = DeliveryRoutes.IsEmpty ? cells : $"{cells}, {RouteList()}";
        return ConditioningRegimen is null ? route : $"{route} (after {ConditioningRegimen})";
    }

    private string RouteList() =>
        DeliveryRoutes.Length == 1
            ? DeliveryRoutes[0].Code
            : $"{string.Join(", ", DeliveryRoutes[..^1].Select(r => r.Code))} and {DeliveryRoutes[^1].Code}";

    /// <summary>Adds the problems between the intervention's own properties: a transplant of cells that are not hematopoietic.</summary>
    internal void Validate(ProblemCollector problems)
    {
        // A transplant of cells of an unstated type says nothing against the rule; only a stated other type breaks it.
        if (IsHematopoieticStemCellTransplant && StemCellType is not null && StemCellType != StemCellType.Hematopoietic)
        {
            problems.Add(
                "stemCellType",
                $"The intervention has a conditioning regimen ('{ConditioningRegimen}'), which makes it a hematopoietic stem cell transplant, but its cells are '{StemCellType.Code}', not 'hematopoietic'.");
        }
    }
}
