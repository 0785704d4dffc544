using System.Text;

namespace StemCell.Domain.ClinicalTrialsGov.Json;

/// <summary>
/// One API v2 enum as the readers match it: straight from the UTF-8 token to the library's own string, so a known
/// value costs no allocation, and an unknown one is named in its warning by what it is (a phase, a status).
/// </summary>
internal sealed class CodeTable
{
    private readonly string[] _values;
    private readonly byte[][] _utf8;

    private CodeTable(string description, IReadOnlyList<string> values)
    {
        Description = description;
        _values = [.. values];
        _utf8 = new byte[_values.Length][];
        for (var i = 0; i < _values.Length; i++)
        {
            _utf8[i] = Encoding.UTF8.GetBytes(_values[i]);
        }
    }

    internal static CodeTable Status { get; } = new("status", ClinicalTrialsGovCodes.Status.Values);

    internal static CodeTable Phase { get; } = new("phase", ClinicalTrialsGovCodes.Phase.Values);

    internal static CodeTable StudyType { get; } = new("study type", ClinicalTrialsGovCodes.StudyType.Values);

    internal static CodeTable DateType { get; } = new("date type", ClinicalTrialsGovCodes.DateType.Values);

    internal static CodeTable EnrollmentType { get; } = new("enrollment type", ClinicalTrialsGovCodes.DateType.Values);

    internal static CodeTable Allocation { get; } = new("allocation", ClinicalTrialsGovCodes.Allocation.Values);

    internal static CodeTable InterventionModel { get; } = new("intervention model", ClinicalTrialsGovCodes.InterventionModel.Values);

    internal static CodeTable Masking { get; } = new("masking", ClinicalTrialsGovCodes.Masking.Values);

    internal static CodeTable WhoMasked { get; } = new("masked role", ClinicalTrialsGovCodes.WhoMasked.Values);

    internal static CodeTable PrimaryPurpose { get; } = new("primary purpose", ClinicalTrialsGovCodes.PrimaryPurpose.Values);

    internal static CodeTable InterventionType { get; } = new("intervention type", ClinicalTrialsGovCodes.InterventionType.Values);

    internal static CodeTable ArmGroupType { get; } = new("arm group type", ClinicalTrialsGovCodes.ArmGroupType.Values);

    internal static CodeTable Sex { get; } = new("sex", ClinicalTrialsGovCodes.Sex.Values);

    internal static CodeTable StandardAge { get; } = new("standard age group", ClinicalTrialsGovCodes.StandardAge.Values);

    internal static CodeTable AgencyClass { get; } = new("agency class", ClinicalTrialsGovCodes.AgencyClass.Values);

    internal static CodeTable SecondaryIdType { get; } = new("secondary id type", ClinicalTrialsGovCodes.SecondaryIdType.Values);

    internal static CodeTable ReferenceType { get; } = new("reference type", ClinicalTrialsGovCodes.ReferenceType.Values);

    /// <summary>Gets what a value of this enum is, for messages: <c>phase</c>, <c>status</c>.</summary>
    internal string Description { get; }

    /// <summary>Gets how many values the library knows.</summary>
    internal int Count => _values.Length;

    /// <summary>Finds a known value by its unescaped UTF-8 bytes.</summary>
    /// <returns>The value's index in the registry's order, or -1.</returns>
    internal int IndexOf(ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (utf8.SequenceEqual(_utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Finds a known value by its text.</summary>
    /// <returns>The value's index in the registry's order, or -1.</returns>
    internal int IndexOf(string value) => Array.IndexOf(_values, value);

    internal string this[int index] => _values[index];
}
