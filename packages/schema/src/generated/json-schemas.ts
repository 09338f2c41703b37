// Generated from the zod schemas by `npm run generate -w @smp-kit/schema`. Do not edit:
// tests/schema/json-schemas.test.ts fails when this file and the schemas disagree.
import type { JsonSchema } from '../conforms.js';

export const faqJsonSchema: JsonSchema = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string",
      "minLength": 1
    },
    "slug": {
      "$ref": "#/$defs/__schema0"
    },
    "question": {
      "type": "string",
      "minLength": 1,
      "maxLength": 500
    },
    "answer": {
      "type": "array",
      "items": {
        "anyOf": [
          {
            "type": "object",
            "properties": {
              "type": {
                "const": "paragraph"
              },
              "children": {
                "$ref": "#/$defs/__schema1"
              }
            },
            "required": [
              "type",
              "children"
            ]
          },
          {
            "type": "object",
            "properties": {
              "type": {
                "const": "heading"
              },
              "level": {
                "type": "integer",
                "minimum": 1,
                "maximum": 6
              },
              "children": {
                "$ref": "#/$defs/__schema1"
              }
            },
            "required": [
              "type",
              "level",
              "children"
            ]
          },
          {
            "type": "object",
            "properties": {
              "type": {
                "const": "quote"
              },
              "children": {
                "$ref": "#/$defs/__schema1"
              }
            },
            "required": [
              "type",
              "children"
            ]
          },
          {
            "type": "object",
            "properties": {
              "type": {
                "const": "code"
              },
              "language": {
                "type": "string"
              },
              "children": {
                "$ref": "#/$defs/__schema1"
              }
            },
            "required": [
              "type",
              "children"
            ]
          },
          {
            "type": "object",
            "properties": {
              "type": {
                "const": "image"
              },
              "image": {
                "type": "object",
                "properties": {
                  "url": {
                    "type": "string"
                  },
                  "alternativeText": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "width": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "height": {
                    "type": [
                      "number",
                      "null"
                    ]
                  }
                },
                "required": [
                  "url"
                ]
              },
              "children": {
                "$ref": "#/$defs/__schema1"
              }
            },
            "required": [
              "type",
              "image"
            ]
          },
          {
            "$ref": "#/$defs/__schema3"
          }
        ]
      }
    },
    "category": {
      "anyOf": [
        {
          "$ref": "#/$defs/__schema0"
        },
        {
          "type": "null"
        }
      ]
    },
    "order": {
      "type": "integer"
    }
  },
  "required": [
    "id",
    "slug",
    "question",
    "answer",
    "category",
    "order"
  ],
  "$defs": {
    "__schema0": {
      "type": "string",
      "maxLength": 120,
      "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"
    },
    "__schema1": {
      "type": "array",
      "items": {
        "oneOf": [
          {
            "$ref": "#/$defs/__schema2"
          },
          {
            "type": "object",
            "properties": {
              "type": {
                "const": "link"
              },
              "url": {
                "type": "string"
              },
              "children": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/__schema2"
                }
              }
            },
            "required": [
              "type",
              "url",
              "children"
            ]
          }
        ]
      }
    },
    "__schema2": {
      "type": "object",
      "properties": {
        "type": {
          "const": "text"
        },
        "text": {
          "type": "string"
        },
        "bold": {
          "type": "boolean"
        },
        "italic": {
          "type": "boolean"
        },
        "underline": {
          "type": "boolean"
        },
        "strikethrough": {
          "type": "boolean"
        },
        "code": {
          "type": "boolean"
        }
      },
      "required": [
        "type",
        "text"
      ]
    },
    "__schema3": {
      "type": "object",
      "properties": {
        "type": {
          "const": "list"
        },
        "format": {
          "type": "string",
          "enum": [
            "ordered",
            "unordered"
          ]
        },
        "indentLevel": {
          "type": "number"
        },
        "children": {
          "type": "array",
          "items": {
            "anyOf": [
              {
                "type": "object",
                "properties": {
                  "type": {
                    "const": "list-item"
                  },
                  "children": {
                    "$ref": "#/$defs/__schema1"
                  }
                },
                "required": [
                  "type",
                  "children"
                ]
              },
              {
                "$ref": "#/$defs/__schema3"
              }
            ]
          }
        }
      },
      "required": [
        "type",
        "format",
        "children"
      ]
    }
  }
};

export const faqCategoryJsonSchema: JsonSchema = {
  "type": "object",
  "properties": {
    "slug": {
      "type": "string",
      "maxLength": 120,
      "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"
    },
    "name": {
      "type": "string",
      "minLength": 1,
      "maxLength": 200
    },
    "order": {
      "type": "integer"
    }
  },
  "required": [
    "slug",
    "name",
    "order"
  ]
};
