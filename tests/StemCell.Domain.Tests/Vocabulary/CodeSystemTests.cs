using System.Text.RegularExpressions;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class CodeSystemTests : VocabularyContractTests<CodeSystem>
{
    /// <summary>How each terminology writes its codes; a coding that does not match was put in the wrong system or mistyped.</summary>
    public static TheoryData<string, string> CodeFormats => new()
    {
        { "snomed-ct", @"^[1-9][0-9]{5,17}$" },
        { "icd-10-cm", @"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$" },
        { "icd-10", @"^[A-Z][0-9]{2}(\.[0-9])?$" },
        { "icd-11-mms", @"^[0-9A-Z]{4}(\.[0-9A-Z]{1,2})?$" },
        { "mesh", @"^D[0-9]{6}$" },
        { "mondo", @"^MONDO:[0-9]{7}$" },
        { "doid", @"^DOID:[0-9]+$" },
        { "cell-ontology", @"^CL:[0-9]{7}$" },
        { "uberon", @"^UBERON:[0-9]{7}$" },
        { "ncit", @"^C[0-9]+$" },
        { "fhir-research-study-phase", @"^[a-z0-9]+(-[a-z0-9]+)*$" },
        { "fhir-research-study-status", @"^[a-z]+(-[a-z]+)*$" },
    };

    [Fact]
    public void CodeFormats_CoverEverySystem()
    {
        Assert.Equal(CodeSystem.All.Select(s => s.Code).Order(), CodeFormats.Select(row => (string)row[0]).Order());
    }

    [Theory]
    [MemberData(nameof(CodeFormats))]
    public void EveryCoding_MatchesItsSystemsCodeFormat(string system, string pattern)
    {
        var codeSystem = CodeSystem.FromCode(system);
        var codings = Vocabularies.All.SelectMany(v => v.Terms).SelectMany(t => t.Codings.Select(c => (Term: t, Coding: c))).Where(x => x.Coding.System == codeSystem);

        Assert.All(codings, x => Assert.True(
            Regex.IsMatch(x.Coding.Code, pattern, RegexOptions.CultureInvariant),
            $"{x.Term.VocabularyName} '{x.Term.Code}' has {system} code '{x.Coding.Code}', which is not of the form {pattern}."));
    }

    [Fact]
    public void Uri_IsUniqueAndAbsolute()
    {
        Assert.All(CodeSystem.All, system => Assert.True(Uri.IsWellFormedUriString(system.Uri, UriKind.Absolute), system.Uri));
        Assert.Equal(CodeSystem.All.Length, CodeSystem.All.Select(s => s.Uri).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("snomed-ct", "http://snomed.info/sct")]
    [InlineData("icd-10-cm", "http://hl7.org/fhir/sid/icd-10-cm")]
    [InlineData("icd-10", "http://hl7.org/fhir/sid/icd-10")]
    [InlineData("icd-11-mms", "http://id.who.int/icd/release/11/mms")]
    [InlineData("mesh", "https://www.nlm.nih.gov/mesh")]
    [InlineData("mondo", "http://purl.obolibrary.org/obo/mondo.owl")]
    [InlineData("ncit", "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl")]
    [InlineData("fhir-research-study-phase", "http://terminology.hl7.org/CodeSystem/research-study-phase")]
    [InlineData("fhir-research-study-status", "http://hl7.org/fhir/research-study-status")]
    public void Uri_IsTheFhirSystemUriVerifiedInTheReference(string system, string uri)
    {
        Assert.Equal(uri, CodeSystem.FromCode(system).Uri);
    }

    /// <summary>The reference's section 4 table, from <c>TestData/code-system-uris.txt</c>: code system, URI and its confidence as a FHIR system.</summary>
    public static TheoryData<string, string, string> ReferenceUris
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var (code, uri, confidence) in ReadReferenceUris())
            {
                data.Add(code, uri, confidence);
            }

            return data;
        }
    }

    [Fact]
    public void ReferenceUris_CoverEverySystem()
    {
        Assert.Equal(CodeSystem.All.Select(s => s.Code).Order(), ReadReferenceUris().Select(row => row.Code).Order());
    }

    [Theory]
    [MemberData(nameof(ReferenceUris))]
    public void IsVerifiedFhirSystem_MatchesTheReferenceTable(string system, string uri, string confidence)
    {
        var codeSystem = CodeSystem.FromCode(system);

        Assert.True(confidence is "VERIFIED" or "VERIFIED-2" or "UNVERIFIED", $"{system}: unknown confidence '{confidence}'.");
        Assert.Equal(uri, codeSystem.Uri);
        Assert.Equal(confidence != "UNVERIFIED", codeSystem.IsVerifiedFhirSystem);
    }

    [Fact]
    public void IsVerifiedFhirSystem_IsFalseForTheOboPurlsOnly()
    {
        Assert.Equal(
            new[] { CodeSystem.DiseaseOntology, CodeSystem.CellOntology, CodeSystem.Uberon }.Select(s => s.Code),
            CodeSystem.All.Where(s => !s.IsVerifiedFhirSystem).Select(s => s.Code));
    }

    [Fact]
    public void EverySystem_IsUsedByACoding()
    {
        var used = Vocabularies.All.SelectMany(v => v.Terms).SelectMany(t => t.Codings).Select(c => c.System).ToHashSet();

        Assert.All(CodeSystem.All, system => Assert.Contains(system, used));
    }

    [Fact]
    public void Export_WritesTheUri()
    {
        Assert.All(CodeSystem.All, system => Assert.Equal(
            system.Uri,
            ExportedVocabulary.Term("code-system", system.Code).GetProperty("attributes").GetProperty("uri").GetString()));
    }

    [Fact]
    public void Export_WritesWhetherTheUriIsAVerifiedFhirSystem()
    {
        Assert.All(CodeSystem.All, system => Assert.Equal(
            system.IsVerifiedFhirSystem,
            ExportedVocabulary.Term("code-system", system.Code).GetProperty("attributes").GetProperty("isVerifiedFhirSystem").GetBoolean()));
    }

    private static List<(string Code, string Uri, string Confidence)> ReadReferenceUris() =>
        File.ReadAllLines(RepositoryFiles.TestData("code-system-uris.txt"))
            .Select(line => line.Split('#', 2)[0].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(fields => fields.Length > 0)
            .Select(fields => fields.Length == 3
                ? (fields[0], fields[1], fields[2])
                : throw new InvalidDataException($"code-system-uris.txt: expected 3 columns, got '{string.Join(' ', fields)}'."))
            .ToList();
}
