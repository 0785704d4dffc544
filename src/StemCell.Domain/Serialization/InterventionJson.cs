using System.Collections.Immutable;
using System.Text.Json.Nodes;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

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
        "an intervention", Build, StemCellType, TissueSource, DonorOrigin, DeliveryRoute, DeliveryRoutes, ConditioningRegimen, Dose, NumberOfAdministrations)
    {
        RefineSchema = static schema =>
        {
            schema["properties"]![DeliveryRoute.Name]!["deprecated"] = true;
            schema["not"] = new JsonObject { ["required"] = new JsonArray(DeliveryRoute.Name, DeliveryRoutes.Name) };
        },
    };

    private static Intervention? Build(ref DocumentReader reader, ProblemCollector problems, PropertyValues v)
    {
        var routes = v.List(DeliveryRoutes);
        if (v.Get(DeliveryRoute) is { } route)
        {
            if (routes is not null)
            {
                problems.Add(
                    DeliveryRoute.Name,
                    $"An intervention gives both '{DeliveryRoute.Name}' (format 1.0) and '{DeliveryRoutes.Name}'; give its routes once, as '{DeliveryRoutes.Name}'.");
                return null;
            }

            routes = [route];
        }

        return Intervention.Create(
            problems, v.Get(StemCellType), v.Get(TissueSource), v.Get(DonorOrigin), routes, v.Get(ConditioningRegimen), v.Get(Dose), v.Get(NumberOfAdministrations));
    }
}

/// <summary>How many cells one administration gives.</summary>
internal static class DoseJson
{
    private static readonly JsonPropertyFormat<Dose, decimal?> Amount = new("amount", JsonValueFormat.Number(exclusiveMinimum: 0m), d => d.Amount, required: true);
    private static readonly JsonPropertyFormat<Dose, DoseUnit?> Unit = new("unit", JsonValueFormat.Term<DoseUnit>(), d => d.Unit, required: true);

    internal static readonly JsonObjectFormat<Dose> Format = new(
        "a dose", static (ref _, problems, v) => Model.Dose.Create(problems, v.Get(Amount)!.Value, v.Get(Unit)!), Amount, Unit);
}
