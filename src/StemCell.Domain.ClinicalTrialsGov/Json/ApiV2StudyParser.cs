using System.Collections;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace StemCell.Domain.ClinicalTrialsGov.Json;

/// <summary>
/// Reads one API v2 Study object into a <see cref="ClinicalTrialsGovReadResult"/> in a single pass over the tokens:
/// the fields the record has are read, everything else (unknown properties and modules, <c>resultsSection</c>,
/// <c>documentSection</c>) is skipped token by token without being built. Every problem in the study is collected
/// with its JSON path; a study with any problem gives an error result, never a half-built record.
/// </summary>
/// <remarks>One parser reads many studies, one after another, reusing its scratch lists; it is not thread-safe.</remarks>
internal sealed class ApiV2StudyParser
{
    private const int MaxQuotedLength = 60;

    private readonly JsonPathStack _path = new();
    private readonly List<string> _problems = [];
    private readonly List<string> _warnings = [];
    private readonly List<string> _strings = [];
    private readonly List<ClinicalTrialsGovSecondaryId> _secondaryIds = [];
    private readonly List<ClinicalTrialsGovOrganization> _organizations = [];
    private readonly List<ClinicalTrialsGovMeshTerm> _meshTerms = [];
    private readonly List<ClinicalTrialsGovArm> _arms = [];
    private readonly List<ClinicalTrialsGovIntervention> _interventions = [];
    private readonly List<ClinicalTrialsGovOutcome> _outcomes = [];
    private readonly List<ClinicalTrialsGovLocation> _locations = [];
    private readonly List<ClinicalTrialsGovReference> _references = [];
    private Draft _draft = new();

    /// <summary>Gets where the parser is; the document reader puts a study's own path on it before the study is read.</summary>
    internal JsonPathStack Path => _path;

    /// <summary>Reads a study whose path is already on the stack.</summary>
    /// <param name="c">At the study's <c>StartObject</c>, or at its first property name when the caller has looked at it; left at its <c>EndObject</c>.</param>
    /// <param name="source">The result's source.</param>
    /// <param name="position">The result's position.</param>
    internal ClinicalTrialsGovReadResult Parse(ref JsonCursor c, string source, int position)
    {
        _draft = new Draft();
        _problems.Clear();
        _warnings.Clear();
        var atProperty = c.TokenType == JsonTokenType.PropertyName;
        while (atProperty || NextProperty(ref c))
        {
            atProperty = false;
            if (!StudyProperties.TryRead(this, ref c))
            {
                // resultsSection, annotationSection, documentSection, and whatever the registry adds.
                c.Skip();
            }
        }

        if (_draft.NctId is null && !_draft.SawNctId)
        {
            Problem("no NCT number (protocolSection.identificationModule.nctId); every study has one");
        }

        var warnings = _warnings.Count == 0 ? [] : _warnings.ToImmutableArray();
        if (_problems.Count > 0)
        {
            return new ClinicalTrialsGovReadResult
            {
                Source = source,
                Position = position,
                NctId = _draft.NctId,
                Error = string.Join("; ", _problems),
                Warnings = warnings,
            };
        }

        return new ClinicalTrialsGovReadResult
        {
            Source = source,
            Position = position,
            NctId = _draft.NctId,
            Record = _draft.ToRecord(),
            Warnings = warnings,
        };
    }

    /// <summary>Makes an error result for an element of a list of studies that is not an object at all.</summary>
    internal ClinicalTrialsGovReadResult NotAStudy(ref JsonCursor c, string source, int position)
    {
        var message = $"{_path}: expected a study (a JSON object), found {Describe(ref c)}";
        c.Skip();
        return new ClinicalTrialsGovReadResult { Source = source, Position = position, Error = message };
    }

    // ---- The format's names: one table per object of a Study, naming each property the record takes from it and
    // how that property is read. A property no table names is skipped, whatever it holds.

    private delegate void PropertyReader(ApiV2StudyParser parser, ref JsonCursor c, string name);

    private delegate T? ElementReader<T>(ApiV2StudyParser parser, ref JsonCursor c)
        where T : class;

    private static readonly PropertyTable OrgStudyIdInfoProperties = new()
    {
        { "id", static (p, ref c, name) => p._draft.OrgStudyId = p.Text(ref c, name) },
    };

    private static readonly PropertyTable IdentificationProperties = new()
    {
        { "nctId", static (p, ref c, name) => p._draft.NctId = p.NctId(ref c, name) },
        { "nctIdAliases", static (p, ref c, name) => p._draft.NctIdAliases = p.Texts(ref c, name) },
        { "orgStudyIdInfo", static (p, ref c, name) => p.ReadObject(ref c, name, OrgStudyIdInfoProperties) },
        { "secondaryIdInfos", static (p, ref c, name) => p._draft.SecondaryIds = p.SecondaryIds(ref c, name) },
        { "briefTitle", static (p, ref c, name) => p._draft.BriefTitle = p.Text(ref c, name) },
        { "officialTitle", static (p, ref c, name) => p._draft.OfficialTitle = p.Text(ref c, name) },
        { "acronym", static (p, ref c, name) => p._draft.Acronym = p.Text(ref c, name) },
    };

    private static readonly PropertyTable StatusProperties = new()
    {
        { "overallStatus", static (p, ref c, name) => p._draft.OverallStatus = p.Code(ref c, name, CodeTable.Status) },
        { "lastKnownStatus", static (p, ref c, name) => p._draft.LastKnownStatus = p.Code(ref c, name, CodeTable.Status) },
        { "whyStopped", static (p, ref c, name) => p._draft.WhyStopped = p.Text(ref c, name) },
        { "startDateStruct", static (p, ref c, name) => p._draft.StartDate = p.DateStruct(ref c, name) },
        { "primaryCompletionDateStruct", static (p, ref c, name) => p._draft.PrimaryCompletionDate = p.DateStruct(ref c, name) },
        { "completionDateStruct", static (p, ref c, name) => p._draft.CompletionDate = p.DateStruct(ref c, name) },
    };

    private static readonly PropertyTable SponsorCollaboratorsProperties = new()
    {
        { "leadSponsor", static (p, ref c, name) => p._draft.LeadSponsor = p.LeadSponsor(ref c, name) },
        { "collaborators", static (p, ref c, name) => p._draft.Collaborators = p.Collaborators(ref c, name) },
    };

    private static readonly PropertyTable DescriptionProperties = new()
    {
        { "briefSummary", static (p, ref c, name) => p._draft.BriefSummary = p.Text(ref c, name) },
        { "detailedDescription", static (p, ref c, name) => p._draft.DetailedDescription = p.Text(ref c, name) },
    };

    private static readonly PropertyTable ConditionsProperties = new()
    {
        { "conditions", static (p, ref c, name) => p._draft.Conditions = p.Texts(ref c, name) },
        { "keywords", static (p, ref c, name) => p._draft.Keywords = p.Texts(ref c, name) },
    };

    private static readonly PropertyTable MaskingInfoProperties = new()
    {
        { "masking", static (p, ref c, name) => p._draft.Masking = p.Code(ref c, name, CodeTable.Masking) },
        { "whoMasked", static (p, ref c, name) => p._draft.WhoMasked = p.Codes(ref c, name, CodeTable.WhoMasked) },
    };

    private static readonly PropertyTable DesignInfoProperties = new()
    {
        { "allocation", static (p, ref c, name) => p._draft.Allocation = p.Code(ref c, name, CodeTable.Allocation) },
        { "interventionModel", static (p, ref c, name) => p._draft.InterventionModel = p.Code(ref c, name, CodeTable.InterventionModel) },
        { "primaryPurpose", static (p, ref c, name) => p._draft.PrimaryPurpose = p.Code(ref c, name, CodeTable.PrimaryPurpose) },
        { "maskingInfo", static (p, ref c, name) => p.ReadObject(ref c, name, MaskingInfoProperties) },
    };

    private static readonly PropertyTable DesignProperties = new()
    {
        { "studyType", static (p, ref c, name) => p._draft.StudyType = p.Code(ref c, name, CodeTable.StudyType) },
        { "phases", static (p, ref c, name) => p._draft.Phases = p.Phases(ref c, name) },
        { "designInfo", static (p, ref c, name) => p.ReadObject(ref c, name, DesignInfoProperties) },
        { "enrollmentInfo", static (p, ref c, name) => p._draft.Enrollment = p.Enrollment(ref c, name) },
    };

    private static readonly PropertyTable ArmsInterventionsProperties = new()
    {
        { "armGroups", static (p, ref c, name) => p._draft.Arms = p.Arms(ref c, name) },
        { "interventions", static (p, ref c, name) => p._draft.Interventions = p.Interventions(ref c, name) },
    };

    private static readonly PropertyTable OutcomesProperties = new()
    {
        { "primaryOutcomes", static (p, ref c, name) => p._draft.PrimaryOutcomes = p.Outcomes(ref c, name) },
        { "secondaryOutcomes", static (p, ref c, name) => p._draft.SecondaryOutcomes = p.Outcomes(ref c, name) },
        { "otherOutcomes", static (p, ref c, name) => p._draft.OtherOutcomes = p.Outcomes(ref c, name) },
    };

    private static readonly PropertyTable EligibilityProperties = new()
    {
        { "eligibilityCriteria", static (p, ref c, name) => p._draft.Criteria = p.Text(ref c, name) },
        { "healthyVolunteers", static (p, ref c, name) => p._draft.HealthyVolunteers = p.Boolean(ref c, name) },
        { "sex", static (p, ref c, name) => p._draft.Sex = p.Code(ref c, name, CodeTable.Sex) },
        { "minimumAge", static (p, ref c, name) => p._draft.MinimumAge = p.Text(ref c, name) },
        { "maximumAge", static (p, ref c, name) => p._draft.MaximumAge = p.Text(ref c, name) },
        { "stdAges", static (p, ref c, name) => p._draft.StandardAges = p.Codes(ref c, name, CodeTable.StandardAge) },
    };

    private static readonly PropertyTable ContactsLocationsProperties = new()
    {
        { "locations", static (p, ref c, name) => p._draft.Locations = p.Locations(ref c, name) },
    };

    private static readonly PropertyTable ReferencesProperties = new()
    {
        { "references", static (p, ref c, name) => p._draft.References = p.References(ref c, name) },
    };

    private static readonly PropertyTable ProtocolProperties = new()
    {
        { "identificationModule", static (p, ref c, name) => p.ReadObject(ref c, name, IdentificationProperties) },
        { "statusModule", static (p, ref c, name) => p.ReadObject(ref c, name, StatusProperties) },
        { "sponsorCollaboratorsModule", static (p, ref c, name) => p.ReadObject(ref c, name, SponsorCollaboratorsProperties) },
        { "descriptionModule", static (p, ref c, name) => p.ReadObject(ref c, name, DescriptionProperties) },
        { "conditionsModule", static (p, ref c, name) => p.ReadObject(ref c, name, ConditionsProperties) },
        { "designModule", static (p, ref c, name) => p.ReadObject(ref c, name, DesignProperties) },
        { "armsInterventionsModule", static (p, ref c, name) => p.ReadObject(ref c, name, ArmsInterventionsProperties) },
        { "outcomesModule", static (p, ref c, name) => p.ReadObject(ref c, name, OutcomesProperties) },
        { "eligibilityModule", static (p, ref c, name) => p._draft.HasEligibility |= p.ReadObject(ref c, name, EligibilityProperties) },
        { "contactsLocationsModule", static (p, ref c, name) => p.ReadObject(ref c, name, ContactsLocationsProperties) },
        { "referencesModule", static (p, ref c, name) => p.ReadObject(ref c, name, ReferencesProperties) },
    };

    private static readonly PropertyTable MiscInfoProperties = new()
    {
        { "versionHolder", static (p, ref c, name) => p._draft.DataVersion = p.FullDate(ref c, name) },
    };

    private static readonly PropertyTable ConditionBrowseProperties = new()
    {
        { "meshes", static (p, ref c, name) => p._draft.ConditionMeshTerms = p.MeshTerms(ref c, name) },
    };

    private static readonly PropertyTable DerivedProperties = new()
    {
        { "miscInfoModule", static (p, ref c, name) => p.ReadObject(ref c, name, MiscInfoProperties) },
        { "conditionBrowseModule", static (p, ref c, name) => p.ReadObject(ref c, name, ConditionBrowseProperties) },
    };

    private static readonly PropertyTable StudyProperties = new()
    {
        { "protocolSection", static (p, ref c, name) => p.ReadObject(ref c, name, ProtocolProperties) },
        { "derivedSection", static (p, ref c, name) => p.ReadObject(ref c, name, DerivedProperties) },
        { "hasResults", static (p, ref c, name) => p._draft.HasResults = p.Boolean(ref c, name) },
    };

    /// <summary>At a property name: reads its object with a table, skipping the properties the table does not name.</summary>
    /// <returns>True when the value was an object (null, or a reported value of another kind, gives false).</returns>
    private bool ReadObject(ref JsonCursor c, string name, PropertyTable table)
    {
        if (!BeginObject(ref c, name))
        {
            return false;
        }

        while (NextProperty(ref c))
        {
            if (!table.TryRead(this, ref c))
            {
                c.Skip();
            }
        }

        EndObject();
        return true;
    }

    /// <summary>At a property name: reads its array of objects, one element at a time, into an immutable array.</summary>
    /// <param name="c">The cursor.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="scratch">An empty list to gather the elements in; left empty.</param>
    /// <param name="readElement">Reads one element, at its <c>StartObject</c>; null when the element had a problem (reported).</param>
    private ImmutableArray<T> ReadList<T>(ref JsonCursor c, string name, List<T> scratch, ElementReader<T> readElement)
        where T : class
    {
        if (!BeginArray(ref c, name))
        {
            return [];
        }

        var index = -1;
        while (NextElement(ref c, ref index))
        {
            if (IsObject(ref c) && readElement(this, ref c) is { } element)
            {
                scratch.Add(element);
            }
        }

        return Drain(scratch);
    }

    // ---- The parts of a record that are objects or lists of objects.

    private ClinicalTrialsGovOrganization? LeadSponsor(ref JsonCursor c, string name)
    {
        _path.Push(name);
        c.Read();
        var sponsor = IsObject(ref c) ? Organization(ref c) : null;
        _path.Pop();
        return sponsor;
    }

    private ImmutableArray<ClinicalTrialsGovOrganization> Collaborators(ref JsonCursor c, string name) =>
        ReadList(ref c, name, _organizations, static (p, ref c) => p.Organization(ref c));

    private ImmutableArray<ClinicalTrialsGovSecondaryId> SecondaryIds(ref JsonCursor c, string name) =>
        ReadList(ref c, name, _secondaryIds, static (p, ref c) => p.SecondaryId(ref c));

    private ClinicalTrialsGovSecondaryId? SecondaryId(ref JsonCursor c)
    {
        string? id = null, type = null, domain = null;
        var sawId = false;
        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("id"u8))
            {
                sawId = true;
                id = Text(ref c, "id", required: true);
            }
            else if (c.ValueTextEquals("type"u8))
            {
                type = Code(ref c, "type", CodeTable.SecondaryIdType);
            }
            else if (c.ValueTextEquals("domain"u8))
            {
                domain = Text(ref c, "domain");
            }
            else
            {
                c.Skip();
            }
        }

        Require(sawId, "id");
        return id is not null ? new ClinicalTrialsGovSecondaryId(id, type, domain) : null;
    }

    private ClinicalTrialsGovDate? DateStruct(ref JsonCursor c, string name)
    {
        if (!BeginObject(ref c, name))
        {
            return null;
        }

        PartialDate? date = null;
        string? type = null;
        var sawDate = false;
        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("date"u8))
            {
                sawDate = true;
                date = Date(ref c, "date");
            }
            else if (c.ValueTextEquals("type"u8))
            {
                type = Code(ref c, "type", CodeTable.DateType);
            }
            else
            {
                c.Skip();
            }
        }

        Require(sawDate, "date");
        EndObject();
        return date is { } value ? new ClinicalTrialsGovDate(value, type) : null;
    }

    private ClinicalTrialsGovOrganization? Organization(ref JsonCursor c)
    {
        string? name = null, agencyClass = null;
        var sawName = false;
        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("name"u8))
            {
                sawName = true;
                name = Text(ref c, "name", required: true);
            }
            else if (c.ValueTextEquals("class"u8))
            {
                agencyClass = Code(ref c, "class", CodeTable.AgencyClass);
            }
            else
            {
                c.Skip();
            }
        }

        Require(sawName, "name");
        return name is null ? null : new ClinicalTrialsGovOrganization(name, agencyClass);
    }

    private ImmutableArray<string> Phases(ref JsonCursor c, string name)
    {
        if (!BeginArray(ref c, name))
        {
            return [];
        }

        // A set in the registry's order of phases, whatever order the record lists them in; values the library
        // does not know come after, in the record's order.
        var known = 0;
        var index = -1;
        while (NextElement(ref c, ref index))
        {
            if (c.TokenType == JsonTokenType.Null)
            {
                TypeProblem(ref c, "a string");
            }
            else if (CodeValue(ref c, CodeTable.Phase) is { } phase)
            {
                if (CodeTable.Phase.IndexOf(phase) is >= 0 and var phaseIndex)
                {
                    known |= 1 << phaseIndex;
                }
                else if (!_strings.Contains(phase))
                {
                    _strings.Add(phase);
                }
            }
        }

        for (var phaseIndex = CodeTable.Phase.Count - 1; phaseIndex >= 0; phaseIndex--)
        {
            if ((known & (1 << phaseIndex)) != 0)
            {
                _strings.Insert(0, CodeTable.Phase[phaseIndex]);
            }
        }

        return Drain(_strings);
    }

    private ClinicalTrialsGovEnrollment? Enrollment(ref JsonCursor c, string name)
    {
        if (!BeginObject(ref c, name))
        {
            return null;
        }

        int? count = null;
        string? type = null;
        var sawCount = false;
        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("count"u8))
            {
                sawCount = true;
                count = Count(ref c, "count");
            }
            else if (c.ValueTextEquals("type"u8))
            {
                type = Code(ref c, "type", CodeTable.EnrollmentType);
            }
            else
            {
                c.Skip();
            }
        }

        Require(sawCount, "count");
        EndObject();
        return count is { } value ? new ClinicalTrialsGovEnrollment(value, type) : null;
    }

    private ImmutableArray<ClinicalTrialsGovArm> Arms(ref JsonCursor c, string name) =>
        ReadList(ref c, name, _arms, static (p, ref c) => p.Arm(ref c));

    private ClinicalTrialsGovArm? Arm(ref JsonCursor c)
    {
        string? label = null, type = null, description = null;
        ImmutableArray<string> interventionNames = [];
        var sawLabel = false;
        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("label"u8))
            {
                sawLabel = true;
                label = Text(ref c, "label", required: true);
            }
            else if (c.ValueTextEquals("type"u8))
            {
                type = Code(ref c, "type", CodeTable.ArmGroupType);
            }
            else if (c.ValueTextEquals("description"u8))
            {
                description = Text(ref c, "description");
            }
            else if (c.ValueTextEquals("interventionNames"u8))
            {
                interventionNames = Texts(ref c, "interventionNames");
            }
            else
            {
                c.Skip();
            }
        }

        Require(sawLabel, "label");
        return label is not null ? new ClinicalTrialsGovArm { Label = label, Type = type, Description = description, InterventionNames = interventionNames } : null;
    }

    private ImmutableArray<ClinicalTrialsGovIntervention> Interventions(ref JsonCursor c, string name) =>
        ReadList(ref c, name, _interventions, static (p, ref c) => p.Intervention(ref c));

    private ClinicalTrialsGovIntervention? Intervention(ref JsonCursor c)
    {
        string? interventionName = null, type = null, description = null;
        ImmutableArray<string> otherNames = [], armGroupLabels = [];
        var sawName = false;
        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("name"u8))
            {
                sawName = true;
                interventionName = Text(ref c, "name", required: true);
            }
            else if (c.ValueTextEquals("type"u8))
            {
                type = Code(ref c, "type", CodeTable.InterventionType);
            }
            else if (c.ValueTextEquals("description"u8))
            {
                description = Text(ref c, "description");
            }
            else if (c.ValueTextEquals("armGroupLabels"u8))
            {
                armGroupLabels = Texts(ref c, "armGroupLabels");
            }
            else if (c.ValueTextEquals("otherNames"u8))
            {
                otherNames = Texts(ref c, "otherNames");
            }
            else
            {
                c.Skip();
            }
        }

        Require(sawName, "name");
        return interventionName is not null ? new ClinicalTrialsGovIntervention { Name = interventionName, Type = type, Description = description, OtherNames = otherNames, ArmGroupLabels = armGroupLabels } : null;
    }

    private ImmutableArray<ClinicalTrialsGovOutcome> Outcomes(ref JsonCursor c, string name) =>
        ReadList(ref c, name, _outcomes, static (p, ref c) => p.Outcome(ref c));

    private ClinicalTrialsGovOutcome? Outcome(ref JsonCursor c)
    {
        string? measure = null, description = null, timeFrame = null;
        var sawMeasure = false;
        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("measure"u8))
            {
                sawMeasure = true;
                measure = Text(ref c, "measure", required: true);
            }
            else if (c.ValueTextEquals("description"u8))
            {
                description = Text(ref c, "description");
            }
            else if (c.ValueTextEquals("timeFrame"u8))
            {
                timeFrame = Text(ref c, "timeFrame");
            }
            else
            {
                c.Skip();
            }
        }

        Require(sawMeasure, "measure");
        return measure is not null ? new ClinicalTrialsGovOutcome(measure, description, timeFrame) : null;
    }

    private ImmutableArray<ClinicalTrialsGovLocation> Locations(ref JsonCursor c, string name) =>
        ReadList(ref c, name, _locations, static (p, ref c) => p.Location(ref c));

    private ClinicalTrialsGovLocation? Location(ref JsonCursor c)
    {
        string? facility = null, city = null, state = null, country = null;
        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("facility"u8))
            {
                facility = Text(ref c, "facility");
            }
            else if (c.ValueTextEquals("city"u8))
            {
                city = Text(ref c, "city");
            }
            else if (c.ValueTextEquals("state"u8))
            {
                state = Text(ref c, "state");
            }
            else if (c.ValueTextEquals("country"u8))
            {
                country = Text(ref c, "country");
            }
            else
            {
                c.Skip();
            }
        }

        return new ClinicalTrialsGovLocation(facility, city, state, country);
    }

    private ImmutableArray<ClinicalTrialsGovReference> References(ref JsonCursor c, string name) =>
        ReadList(ref c, name, _references, static (p, ref c) => p.Reference(ref c));

    private ClinicalTrialsGovReference? Reference(ref JsonCursor c)
    {
        string? citation = null, pmid = null, type = null;
        var sawCitation = false;
        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("citation"u8))
            {
                sawCitation = true;
                citation = Text(ref c, "citation", required: true);
            }
            else if (c.ValueTextEquals("pmid"u8))
            {
                pmid = Text(ref c, "pmid");
            }
            else if (c.ValueTextEquals("type"u8))
            {
                type = Code(ref c, "type", CodeTable.ReferenceType);
            }
            else
            {
                c.Skip();
            }
        }

        Require(sawCitation, "citation");
        return citation is not null ? new ClinicalTrialsGovReference(citation, pmid, type) : null;
    }

    private ImmutableArray<ClinicalTrialsGovMeshTerm> MeshTerms(ref JsonCursor c, string name) =>
        ReadList(ref c, name, _meshTerms, static (p, ref c) => p.MeshTerm(ref c));

    private ClinicalTrialsGovMeshTerm? MeshTerm(ref JsonCursor c)
    {
        string? id = null, term = null;
        bool sawId = false, sawTerm = false;
        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("id"u8))
            {
                sawId = true;
                id = Text(ref c, "id", required: true);
            }
            else if (c.ValueTextEquals("term"u8))
            {
                sawTerm = true;
                term = Text(ref c, "term", required: true);
            }
            else
            {
                c.Skip();
            }
        }

        Require(sawId, "id");
        Require(sawTerm, "term");
        return id is not null && term is not null ? new ClinicalTrialsGovMeshTerm(id, term) : null;
    }

    // ---- Values. Each reads the value of the property name the cursor is at, with the name on the path while it does.

    private string? NctId(ref JsonCursor c, string name)
    {
        _draft.SawNctId = true;
        _path.Push(name);
        c.Read();
        string? nctId = null;
        if (c.TokenType != JsonTokenType.String)
        {
            TypeProblem(ref c, "an NCT number (a string)");
        }
        else if (IsNctId(c.ValueSpan) && !c.ValueIsEscaped)
        {
            nctId = c.GetString();
        }
        else
        {
            Problem($"expected an NCT number (NCT followed by eight digits), found {Quote(c.GetString())}");
        }

        _path.Pop();
        return nctId;
    }

    private string? Text(ref JsonCursor c, string name, bool required = false)
    {
        _path.Push(name);
        c.Read();
        var text = TextValue(ref c, required);
        _path.Pop();
        return text;
    }

    private string? TextValue(ref JsonCursor c, bool required)
    {
        if (c.TokenType == JsonTokenType.String)
        {
            return c.GetString();
        }

        if (c.TokenType != JsonTokenType.Null || required)
        {
            TypeProblem(ref c, "a string");
        }

        return null;
    }

    private string? Code(ref JsonCursor c, string name, CodeTable table)
    {
        _path.Push(name);
        c.Read();
        var code = CodeValue(ref c, table);
        _path.Pop();
        return code;
    }

    /// <summary>Reads a coded value: a known one as the library's own string, an unknown one as its text, with a warning.</summary>
    private string? CodeValue(ref JsonCursor c, CodeTable table)
    {
        if (c.TokenType != JsonTokenType.String)
        {
            return TextValue(ref c, required: false);
        }

        if (!c.ValueIsEscaped && table.IndexOf(c.ValueSpan) is >= 0 and var index)
        {
            return table[index];
        }

        var text = c.GetString()!;
        if (table.IndexOf(text) is >= 0 and var unescaped)
        {
            return table[unescaped];
        }

        _warnings.Add($"{_path}: '{text}' is not a {table.Description} the library knows; kept as text.");
        return text;
    }

    private ImmutableArray<string> Texts(ref JsonCursor c, string name)
    {
        if (!BeginArray(ref c, name))
        {
            return [];
        }

        var index = -1;
        while (NextElement(ref c, ref index))
        {
            if (TextValue(ref c, required: true) is { } text)
            {
                _strings.Add(text);
            }
        }

        return Drain(_strings);
    }

    private ImmutableArray<string> Codes(ref JsonCursor c, string name, CodeTable table)
    {
        if (!BeginArray(ref c, name))
        {
            return [];
        }

        var index = -1;
        while (NextElement(ref c, ref index))
        {
            if (c.TokenType == JsonTokenType.Null)
            {
                TypeProblem(ref c, "a string");
            }
            else if (CodeValue(ref c, table) is { } code)
            {
                _strings.Add(code);
            }
        }

        return Drain(_strings);
    }

    private bool? Boolean(ref JsonCursor c, string name)
    {
        _path.Push(name);
        c.Read();
        bool? value = null;
        if (c.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            value = c.GetBoolean();
        }
        else if (c.TokenType != JsonTokenType.Null)
        {
            TypeProblem(ref c, "true or false");
        }

        _path.Pop();
        return value;
    }

    private int? Count(ref JsonCursor c, string name)
    {
        _path.Push(name);
        c.Read();
        int? value = null;
        if (c.TokenType == JsonTokenType.Number && c.TryGetInt32(out var count) && count >= 0)
        {
            value = count;
        }
        else
        {
            TypeProblem(ref c, "a whole number of participants (0 or more)");
        }

        _path.Pop();
        return value;
    }

    private PartialDate? Date(ref JsonCursor c, string name)
    {
        _path.Push(name);
        c.Read();
        PartialDate? value = null;
        if (TryParseDate(ref c, out var date))
        {
            value = date;
        }
        else
        {
            TypeProblem(ref c, "a date as yyyy, yyyy-MM or yyyy-MM-dd");
        }

        _path.Pop();
        return value;
    }

    private LocalDate? FullDate(ref JsonCursor c, string name)
    {
        _path.Push(name);
        c.Read();
        LocalDate? value = null;
        if (TryParseDate(ref c, out var date) && date.Precision == PartialDatePrecision.Day)
        {
            value = date.ToLocalDate();
        }
        else
        {
            TypeProblem(ref c, "a date as yyyy-MM-dd");
        }

        _path.Pop();
        return value;
    }

    private static bool TryParseDate(ref JsonCursor c, out PartialDate date)
    {
        date = default;
        if (c.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (c.ValueIsEscaped)
        {
            return PartialDate.TryParse(c.GetString(), out date);
        }

        // The longest form, yyyy-MM-dd, has ten characters; anything that is not ASCII is not a date.
        var bytes = c.ValueSpan;
        if (bytes.Length > 10)
        {
            return false;
        }

        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] >= 0x80)
            {
                return false;
            }

            chars[i] = (char)bytes[i];
        }

        return PartialDate.TryParse(chars[..bytes.Length], out date);
    }

    private static bool IsNctId(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length != 11 || !utf8.StartsWith("NCT"u8))
        {
            return false;
        }

        foreach (var b in utf8[3..])
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    // ---- Structure. The path holds the name of the object or array being read, and the index of the element.

    private static bool NextProperty(ref JsonCursor c)
    {
        c.Read();
        return c.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>At a property name: pushes it and moves to its value; true when that is an object.</summary>
    private bool BeginObject(ref JsonCursor c, string name)
    {
        _path.Push(name);
        c.Read();
        if (IsObject(ref c))
        {
            return true;
        }

        _path.Pop();
        return false;
    }

    private void EndObject() => _path.Pop();

    /// <summary>At a value: true when it is an object; otherwise reports anything but null, and skips it.</summary>
    private bool IsObject(ref JsonCursor c)
    {
        if (c.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        if (c.TokenType != JsonTokenType.Null)
        {
            TypeProblem(ref c, "an object");
        }

        return false;
    }

    /// <summary>At a property name: pushes it and moves to its value; true when that is an array (then read it with <see cref="NextElement"/>, which pops the name at its end).</summary>
    private bool BeginArray(ref JsonCursor c, string name)
    {
        _path.Push(name);
        c.Read();
        if (c.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        if (c.TokenType != JsonTokenType.Null)
        {
            TypeProblem(ref c, "an array");
        }

        _path.Pop();
        return false;
    }

    private bool NextElement(ref JsonCursor c, ref int index)
    {
        if (index >= 0)
        {
            _path.Pop();
        }

        c.Read();
        if (c.TokenType == JsonTokenType.EndArray)
        {
            _path.Pop();
            return false;
        }

        index++;
        _path.Push(index);
        return true;
    }

    private static ImmutableArray<T> Drain<T>(List<T> items)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var array = ImmutableArray.Create<T>(CollectionsMarshal.AsSpan(items));
        items.Clear();
        return array;
    }

    // ---- Problems.

    private void Require(bool seen, string member)
    {
        if (!seen)
        {
            Problem($"no {member}; expected one");
        }
    }

    private void Problem(string message) => _problems.Add($"{_path}: {message}");

    /// <summary>Reports a value of the wrong kind, and skips it.</summary>
    private void TypeProblem(ref JsonCursor c, string expected)
    {
        Problem($"expected {expected}, found {Describe(ref c)}");
        c.Skip();
    }

    private static string Describe(ref JsonCursor c) => c.TokenType switch
    {
        JsonTokenType.String => Quote(c.GetString()),
        JsonTokenType.Number => $"the number {Encoding.UTF8.GetString(c.ValueSpan)}",
        _ => JsonTokenText.Describe(c.TokenType),
    };

    private static string Quote(string? text) =>
        text is null ? "null"
        : text.Length <= MaxQuotedLength ? $"'{text}'"
        : $"'{text[..MaxQuotedLength]}…' ({text.Length} characters)";

    /// <summary>What a study said, gathered while its tokens go by; becomes a record only when the study had no problem.</summary>
    private sealed class Draft
    {
        internal string? NctId;
        internal bool SawNctId;
        internal LocalDate? DataVersion;
        internal ImmutableArray<string> NctIdAliases = [];
        internal string? BriefTitle;
        internal string? OfficialTitle;
        internal string? Acronym;
        internal string? OrgStudyId;
        internal ImmutableArray<ClinicalTrialsGovSecondaryId> SecondaryIds = [];
        internal string? OverallStatus;
        internal string? LastKnownStatus;
        internal string? WhyStopped;
        internal ClinicalTrialsGovDate? StartDate;
        internal ClinicalTrialsGovDate? PrimaryCompletionDate;
        internal ClinicalTrialsGovDate? CompletionDate;
        internal ClinicalTrialsGovOrganization? LeadSponsor;
        internal ImmutableArray<ClinicalTrialsGovOrganization> Collaborators = [];
        internal string? BriefSummary;
        internal string? DetailedDescription;
        internal ImmutableArray<string> Conditions = [];
        internal ImmutableArray<string> Keywords = [];
        internal ImmutableArray<ClinicalTrialsGovMeshTerm> ConditionMeshTerms = [];
        internal string? StudyType;
        internal ImmutableArray<string> Phases = [];
        internal string? Allocation;
        internal string? InterventionModel;
        internal string? Masking;
        internal ImmutableArray<string> WhoMasked = [];
        internal string? PrimaryPurpose;
        internal ClinicalTrialsGovEnrollment? Enrollment;
        internal ImmutableArray<ClinicalTrialsGovArm> Arms = [];
        internal ImmutableArray<ClinicalTrialsGovIntervention> Interventions = [];
        internal ImmutableArray<ClinicalTrialsGovOutcome> PrimaryOutcomes = [];
        internal ImmutableArray<ClinicalTrialsGovOutcome> SecondaryOutcomes = [];
        internal ImmutableArray<ClinicalTrialsGovOutcome> OtherOutcomes = [];
        internal bool HasEligibility;
        internal string? Criteria;
        internal string? Sex;
        internal string? MinimumAge;
        internal string? MaximumAge;
        internal ImmutableArray<string> StandardAges = [];
        internal bool? HealthyVolunteers;
        internal ImmutableArray<ClinicalTrialsGovLocation> Locations = [];
        internal ImmutableArray<ClinicalTrialsGovReference> References = [];
        internal bool? HasResults;

        internal ClinicalTrialsGovRecord ToRecord() => new()
        {
            NctId = NctId!,
            Format = ClinicalTrialsGovFormat.ApiV2,
            DataVersion = DataVersion,
            NctIdAliases = NctIdAliases,
            BriefTitle = BriefTitle,
            OfficialTitle = OfficialTitle,
            Acronym = Acronym,
            OrgStudyId = OrgStudyId,
            SecondaryIds = SecondaryIds,
            OverallStatus = OverallStatus,
            LastKnownStatus = LastKnownStatus,
            WhyStopped = WhyStopped,
            StartDate = StartDate,
            PrimaryCompletionDate = PrimaryCompletionDate,
            CompletionDate = CompletionDate,
            LeadSponsor = LeadSponsor,
            Collaborators = Collaborators,
            BriefSummary = BriefSummary,
            DetailedDescription = DetailedDescription,
            Conditions = Conditions,
            Keywords = Keywords,
            ConditionMeshTerms = ConditionMeshTerms,
            StudyType = StudyType,
            Phases = Phases,
            Allocation = Allocation,
            InterventionModel = InterventionModel,
            Masking = Masking,
            WhoMasked = WhoMasked,
            PrimaryPurpose = PrimaryPurpose,
            Enrollment = Enrollment,
            Arms = Arms,
            Interventions = Interventions,
            PrimaryOutcomes = PrimaryOutcomes,
            SecondaryOutcomes = SecondaryOutcomes,
            OtherOutcomes = OtherOutcomes,
            Eligibility = HasEligibility
                ? new ClinicalTrialsGovEligibility
                {
                    Criteria = Criteria,
                    Sex = Sex,
                    MinimumAge = MinimumAge,
                    MaximumAge = MaximumAge,
                    StandardAges = StandardAges,
                    HealthyVolunteers = HealthyVolunteers,
                }
                : null,
            Locations = Locations,
            References = References,
            HasResults = HasResults,
        };
    }

    /// <summary>The properties of one object of a Study that the record takes, each with how it is read.</summary>
    private sealed class PropertyTable : IEnumerable
    {
        private readonly List<(byte[] Utf8Name, string Name, PropertyReader Read)> _properties = [];

        public void Add(string name, PropertyReader read) => _properties.Add((Encoding.UTF8.GetBytes(name), name, read));

        /// <summary>At a property name: reads its value when the table names it.</summary>
        /// <returns>False when the table does not name the property (the cursor has not moved).</returns>
        internal bool TryRead(ApiV2StudyParser parser, ref JsonCursor c)
        {
            foreach (var (utf8Name, name, read) in CollectionsMarshal.AsSpan(_properties))
            {
                if (c.ValueTextEquals(utf8Name))
                {
                    read(parser, ref c, name);
                    return true;
                }
            }

            return false;
        }

        IEnumerator IEnumerable.GetEnumerator() => _properties.GetEnumerator();
    }
}
