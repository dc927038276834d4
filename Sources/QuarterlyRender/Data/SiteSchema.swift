/// The JSON Schema (draft 2020-12) of `/data/site.json`, published beside it as
/// `/data/site.schema.json`. Changing `SiteJSON` means changing this, and the test
/// that validates the example sites' data against it says so.
public enum SiteSchema {
    public static let text = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "site.schema.json",
          "title": "Quarterly site data",
          "description": "Every outcome, action, measure and quarterly update of a Quarterly site.",
          "type": "object",
          "required": ["licence", "site", "outcomes", "actions", "measures", "quarters"],
          "additionalProperties": false,
          "properties": {
            "$schema": {"type": "string"},
            "licence": {
              "type": "object", "required": ["name", "url"], "additionalProperties": false,
              "properties": {"name": {"type": "string"}, "url": {"type": "string"}}
            },
            "site": {
              "type": "object", "additionalProperties": false,
              "required": ["organisation", "title", "base_url", "language", "financial_year_start", "tolerances"],
              "properties": {
                "organisation": {"type": "string"}, "title": {"type": "string"}, "description": {"type": "string"},
                "base_url": {"type": "string"}, "language": {"type": "string"},
                "financial_year_start": {"type": "integer", "minimum": 1, "maximum": 12},
                "tolerances": {"$ref": "#/$defs/tolerances"}
              }
            },
            "outcomes": {
              "type": "array",
              "items": {
                "type": "object", "required": ["id", "title", "refs", "description"], "additionalProperties": false,
                "properties": {
                  "id": {"$ref": "#/$defs/id"}, "title": {"type": "string"}, "ref": {"type": "string"},
                  "refs": {"$ref": "#/$defs/refs"}, "parent": {"$ref": "#/$defs/id"}, "description": {"$ref": "#/$defs/text"}
                }
              }
            },
            "actions": {
              "type": "array",
              "items": {
                "type": "object", "required": ["id", "ref", "refs", "title", "outcome", "risks", "description"],
                "additionalProperties": false,
                "properties": {
                  "id": {"$ref": "#/$defs/id"}, "ref": {"type": "string"}, "refs": {"$ref": "#/$defs/refs"},
                  "title": {"type": "string"}, "outcome": {"$ref": "#/$defs/id"}, "milestone": {"type": "string"},
                  "lead_officer": {"type": "string"}, "portfolio_holder": {"type": "string"},
                  "risks": {"type": "array", "items": {"type": "string"}}, "description": {"$ref": "#/$defs/text"}
                }
              }
            },
            "measures": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "ref", "refs", "title", "outcome", "unit", "polarity", "frequency", "seasonal",
                             "annual_target", "targets", "comparators", "description"],
                "additionalProperties": false,
                "properties": {
                  "id": {"$ref": "#/$defs/id"}, "ref": {"type": "string"}, "refs": {"$ref": "#/$defs/refs"},
                  "title": {"type": "string"}, "outcome": {"$ref": "#/$defs/id"},
                  "unit": {"enum": ["percent", "count", "number", "days", "gbp", "score", "rate-per-1000", "rate-per-10000", "rate-per-100000"]},
                  "polarity": {"enum": ["higher", "lower", "target"]},
                  "frequency": {"enum": ["monthly", "quarterly", "annual"]},
                  "seasonal": {"type": "boolean"}, "annual_target": {"type": "boolean"},
                  "baseline": {"type": "number"}, "baseline_period": {"type": "string"},
                  "target": {"type": "number"},
                  "targets": {"type": "object", "propertyNames": {"$ref": "#/$defs/financialYear"}, "additionalProperties": {"type": "number"}},
                  "tolerances": {"$ref": "#/$defs/tolerances"},
                  "directorate": {"type": "string"}, "source": {"type": "string"},
                  "comparators": {"type": "array", "items": {"type": "string"}},
                  "description": {"$ref": "#/$defs/text"}
                }
              }
            },
            "quarters": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "label", "financial_year", "status", "period_end", "plan", "introduction",
                             "action_updates", "measure_updates", "outcome_commentary"],
                "additionalProperties": false,
                "properties": {
                  "id": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-q[1-4]$"},
                  "label": {"type": "string"}, "financial_year": {"$ref": "#/$defs/financialYear"},
                  "status": {"enum": ["draft", "published"]},
                  "period_end": {"$ref": "#/$defs/date"}, "published": {"$ref": "#/$defs/date"},
                  "meeting": {"type": "string"}, "plan": {"type": "string"}, "introduction": {"$ref": "#/$defs/text"},
                  "action_updates": {
                    "type": "array",
                    "items": {
                      "type": "object", "required": ["action", "ref", "title", "rag", "section", "commentary"],
                      "additionalProperties": false,
                      "properties": {
                        "action": {"$ref": "#/$defs/id"}, "ref": {"type": "string"}, "title": {"type": "string"},
                        "milestone": {"type": "string"}, "rag": {"enum": ["red", "amber", "green", "complete"]},
                        "direction": {"$ref": "#/$defs/direction"}, "direction_computed": {"$ref": "#/$defs/direction"},
                        "section": {"$ref": "#/$defs/section"}, "commentary": {"$ref": "#/$defs/text"}
                      }
                    }
                  },
                  "measure_updates": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["measure", "ref", "title", "rag_source", "comparators", "section", "commentary"],
                      "additionalProperties": false,
                      "properties": {
                        "measure": {"$ref": "#/$defs/id"}, "ref": {"type": "string"}, "title": {"type": "string"},
                        "value": {"type": "number"}, "display": {"type": "string"}, "period": {"type": "string"},
                        "target": {"type": "number"},
                        "rag": {"enum": ["red", "amber", "green"]},
                        "rag_source": {"enum": ["computed", "overridden", "stated", "none"]},
                        "rag_computed": {"enum": ["red", "amber", "green"]},
                        "rag_explanation": {"type": "string"}, "rag_reason": {"type": "string"},
                        "direction": {"$ref": "#/$defs/direction"}, "direction_computed": {"$ref": "#/$defs/direction"},
                        "comparators": {"type": "object", "additionalProperties": {"type": "number"}},
                        "section": {"$ref": "#/$defs/section"}, "commentary": {"$ref": "#/$defs/text"}
                      }
                    }
                  },
                  "outcome_commentary": {
                    "type": "array",
                    "items": {
                      "type": "object", "required": ["outcome", "summary", "risk", "finance"], "additionalProperties": false,
                      "properties": {
                        "outcome": {"$ref": "#/$defs/id"}, "summary": {"$ref": "#/$defs/text"},
                        "risk": {"$ref": "#/$defs/text"}, "finance": {"$ref": "#/$defs/text"}
                      }
                    }
                  }
                }
              }
            }
          },
          "$defs": {
            "id": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
            "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
            "financialYear": {"type": "string", "pattern": "^[0-9]{4}/[0-9]{2}$"},
            "refs": {"type": "object", "propertyNames": {"$ref": "#/$defs/financialYear"}, "additionalProperties": {"type": "string"}},
            "direction": {"enum": ["improving", "sustained", "declining"]},
            "section": {"enum": ["progress", "improvement"]},
            "text": {
              "type": "object", "required": ["markdown", "html"], "additionalProperties": false,
              "properties": {"markdown": {"type": "string"}, "html": {"type": "string"}}
            },
            "tolerances": {
              "type": "object", "required": ["green", "amber", "basis"], "additionalProperties": false,
              "properties": {"green": {"type": "number", "minimum": 0}, "amber": {"type": "number", "minimum": 0}, "basis": {"enum": ["percent", "absolute"]}}
            }
          }
        }
        """#
}
