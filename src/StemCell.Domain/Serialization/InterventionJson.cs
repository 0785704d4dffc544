using System.Collections.Immutable;
using System.Text.Json.Nodes;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

// Each object's reader dispatches on its properties one line a property, as the table above it lists them.
#pragma warning disable IDE0011

/// <summary>A study's intervention: the cells given, where from, how, and how many.</summary>
internal static class InterventionJson
{
    private static readonly JsonPropertyFormat<Intervention, StemCellType?> StemCellType = new("stemCellType", JsonValueFormat.Term<StemCellType>(), i => i.StemCellType);
    private static readonly JsonPropertyFormat<Intervention, TissueSource?> TissueSource = new("tissueSource", JsonValueFormat.Term<TissueSource>(), i => i.TissueSource);
    private static readonly JsonPropertyFormat<Intervention, DonorOrigin?> DonorOrigin = new("donorOrigin", JsonValueFormat.Term<DonorOrigin>(), i => i.DonorOrigin);

    // Format 1.0 gave one route as "deliveryRoute"; it still reads, as a list of one, but is never written.
    private static readonly JsonPropertyFormat<Intervention, DeliveryRoute?> DeliveryRoute = new(
        "deliveryRoute", JsonValueFormat.Term<DeliveryRoute>(), static _ => null, description: "Format 1.0's single delivery route, read as a list of one; write 'deliveryRoutes' instead.");

    private static readonly JsonPropertyFormat<Intervention, ImmutableArray<DeliveryRoute>> DeliveryRoutes = new("deliveryRoutes", JsonValueFormat.List(JsonValueFormat.Term<DeliveryRoute>(), unique: true), i => i.DeliveryRoutes);
    private static readonly JsonPropertyFormat<Intervention, string?> ConditioningRegimen = new("conditioningRegimen", JsonValueFormat.Text, i => i.ConditioningRegimen);
    private static readonly JsonPropertyFormat<Intervention, Dose?> Dose = new("dose", JsonValueFormat.Object(DoseJson.Format), i => i.Dose);
    private static readonly JsonPropertyFormat<Intervention, int?> NumberOfAdministrations = new("numberOfAdministrations", JsonValueFormat.Integer(minimum: 1), i => i.NumberOfAdministrations);

    internal static readonly JsonObjectFormat<Intervention> Format = new(
        "an intervention", StemCellType, TissueSource, DonorOrigin, DeliveryRoute, DeliveryRoutes, ConditioningRegimen, Dose, NumberOfAdministrations)
    {
        RefineSchema = static schema =>
        {
            schema["properties"]![DeliveryRoute.Name]!["deprecated"] = true;
            schema["not"] = new JsonObject { ["required"] = new JsonArray(DeliveryRoute.Name, DeliveryRoutes.Name) };
        },
    };

    internal static Intervention? Read(ref DocumentReader r)
    {
        if (!r.StartObject(Format, out var o)) return null;

        StemCellType? stemCellType = null;
        TissueSource? tissueSource = null;
        DonorOrigin? donorOrigin = null;
        DeliveryRoute? deliveryRoute = null;
        ImmutableArray<DeliveryRoute>? deliveryRoutes = null;
        string? conditioningRegimen = null;
        Dose? dose = null;
        int? numberOfAdministrations = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == StemCellType) stemCellType = r.ReadTerm<StemCellType>();
            else if (p == TissueSource) tissueSource = r.ReadTerm<TissueSource>();
            else if (p == DonorOrigin) donorOrigin = r.ReadTerm<DonorOrigin>();
            else if (p == DeliveryRoute) deliveryRoute = r.ReadTerm<DeliveryRoute>();
            else if (p == DeliveryRoutes) deliveryRoutes = r.ReadTerms<DeliveryRoute>();
            else if (p == ConditioningRegimen) conditioningRegimen = r.ReadString();
            else if (p == Dose) dose = DoseJson.Read(ref r);
            else if (p == NumberOfAdministrations) numberOfAdministrations = r.ReadInt32();
        }

        if (deliveryRoute is not null)
        {
            if (deliveryRoutes is not null)
            {
                r.Problems.Add(
                    DeliveryRoute.Name,
                    $"An intervention gives both '{DeliveryRoute.Name}' (format 1.0) and '{DeliveryRoutes.Name}'; give its routes once, as '{DeliveryRoutes.Name}'.");
                return null;
            }

            deliveryRoutes = [deliveryRoute];
        }

        return r.Built(Intervention.Create(r.Building(ref o), stemCellType, tissueSource, donorOrigin, deliveryRoutes, conditioningRegimen, dose, numberOfAdministrations));
    }
}

/// <summary>How many cells one administration gives.</summary>
internal static class DoseJson
{
    private static readonly JsonPropertyFormat<Dose, decimal> Amount = new("amount", JsonValueFormat.Number(exclusiveMinimum: 0m), d => d.Amount, required: true);
    private static readonly JsonPropertyFormat<Dose, DoseUnit?> Unit = new("unit", JsonValueFormat.Term<DoseUnit>(), d => d.Unit, required: true);

    internal static readonly JsonObjectFormat<Dose> Format = new("a dose", Amount, Unit);

    internal static Dose? Read(ref DocumentReader r)
    {
        if (!r.StartObject(Format, out var o)) return null;

        decimal? amount = null;
        DoseUnit? unit = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == Amount) amount = r.ReadDecimal();
            else if (p == Unit) unit = r.ReadTerm<DoseUnit>();
        }

        return amount is null || unit is null ? null : r.Built(Model.Dose.Create(r.Building(ref o), amount.Value, unit));
    }
}
