using System.Collections.Immutable;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Fhir;

/// <summary>The external codings a term carries in FHIR: the verified ones whose system FHIR registers, and SNOMED CT routes.</summary>
internal static class FhirCodings
{
    /// <summary>SNOMED CT route codes of R4's route-codes value set (domain reference §11b), with the display seen there.</summary>
    /// <remarks>
    /// Intrathecal and intramedullary are VERIFIED against HL7's R4 and STU3 pages; intravenous's code is VERIFIED, with R4's
    /// display; intramuscular's code is VERIFIED, its R4 display VERIFIED-2 (a copy of the R4 value set); intraspinal,
    /// intracerebroventricular and intracerebral are VERIFIED-2 (the same copy and other tables).
    /// </remarks>
    private static readonly ImmutableDictionary<DeliveryRoute, (string Code, string Display)> SnomedRoutes =
        new Dictionary<DeliveryRoute, (string, string)>
        {
            [DeliveryRoute.Intravenous] = ("47625008", "Intravenous use"),
            [DeliveryRoute.Intrathecal] = ("72607000", "Intrathecal route"),
            [DeliveryRoute.Intraspinal] = ("418418000", "Intraspinal route"),
            [DeliveryRoute.Intracerebral] = ("446540005", "Intracerebral route"),
            [DeliveryRoute.Intracerebroventricular] = ("420719007", "Intracerebroventricular route"),
            [DeliveryRoute.Intramuscular] = ("78421000", "Intramuscular use"),
        }.ToImmutableDictionary();

    internal static IEnumerable<(string System, string Code, string Display)> For(IVocabularyTerm term)
    {
        if (term is DeliveryRoute route)
        {
            if (SnomedRoutes.TryGetValue(route, out var snomed))
            {
                yield return (CodeSystem.SnomedCt.Uri, snomed.Code, snomed.Display);
            }

            yield break;
        }

        foreach (var coding in term.Codings)
        {
            if (coding.System.IsVerifiedFhirSystem)
            {
                yield return (coding.System.Uri, coding.Code, coding.Display);
            }
        }
    }
}
