using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Fhir.Tests;

/// <summary>The package README's concept-map tables say what the code does.</summary>
public sealed class ReadmeTests
{
    private static readonly Lazy<string[]> Lines = new(() => File.ReadAllLines(FindReadme()));

    [Fact]
    public void StatusTable_GivesEachTermItsCodeAndWhatImportGives()
    {
        Assert.All(FhirConceptMaps.Statuses.Where(row => row.Status is not null), row =>
        {
            // A row of the table: the terms in the first column, the R4 code in the second, what import gives in the last.
            var line = Assert.Single(Lines.Value, l => l.StartsWith("| `", StringComparison.Ordinal) && l.Split('|')[1].Contains($"`{row.Status!.Code}`", StringComparison.Ordinal) && l.Split('|')[2].Contains($"`{row.FhirCode}`", StringComparison.Ordinal));
            var imported = FhirConceptMaps.StatusesByFhirCode[row.FhirCode];
            Assert.EndsWith(imported is null ? "| none |" : $"| `{imported.Code}` |", line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void PhaseTable_GivesEachPhaseItsCode()
    {
        Assert.All(TrialPhase.All, phase => Assert.Contains(Lines.Value, line => line.StartsWith($"| `{phase.Code}` | `{phase.FhirCode}` |", StringComparison.Ordinal)));
    }

    private static string FindReadme()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var readme = Path.Combine(directory.FullName, "src", "StemCell.Domain.Fhir", "README.md");
            if (File.Exists(readme))
            {
                return readme;
            }
        }

        throw new InvalidOperationException($"No src/StemCell.Domain.Fhir/README.md above {AppContext.BaseDirectory}.");
    }
}
