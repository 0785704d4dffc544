using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Fhir.Tests.TestSupport;

/// <summary>Small studies built for one test each.</summary>
internal static class Studies
{
    public static Study Minimal(string id) => new(id, "Mesenchymal stem cells in MS", Disease.MultipleSclerosis, sourceIds: ["seed"]);
}
