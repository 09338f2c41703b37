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

export const transformationJsonSchema: JsonSchema = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string",
      "minLength": 1
    },
    "slug": {
      "type": "string",
      "maxLength": 120,
      "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"
    },
    "title": {
      "type": "string",
      "minLength": 1,
      "maxLength": 200
    },
    "caption": {
      "type": "string",
      "maxLength": 1000
    },
    "sessions": {
      "type": "integer",
      "minimum": 1,
      "maximum": 20
    },
    "tags": {
      "type": "array",
      "items": {
        "type": "string",
        "enum": [
          "hairline",
          "crown",
          "density",
          "scar",
          "alopecia",
          "women"
        ]
      }
    },
    "weeksSinceLastSession": {
      "type": "integer",
      "minimum": 0,
      "maximum": 520
    },
    "hairLossPattern": {
      "type": "string",
      "enum": [
        "norwood-1",
        "norwood-2",
        "norwood-3",
        "norwood-3v",
        "norwood-4",
        "norwood-5",
        "norwood-6",
        "norwood-7",
        "ludwig-1",
        "ludwig-2",
        "ludwig-3",
        "alopecia-areata",
        "none"
      ]
    },
    "skinTone": {
      "type": "string",
      "enum": [
        "fitzpatrick-1",
        "fitzpatrick-2",
        "fitzpatrick-3",
        "fitzpatrick-4",
        "fitzpatrick-5",
        "fitzpatrick-6"
      ]
    },
    "hairColour": {
      "type": "string",
      "enum": [
        "black",
        "dark-brown",
        "brown",
        "light-brown",
        "blond",
        "red",
        "grey",
        "white"
      ]
    },
    "unretouched": {
      "type": "boolean"
    },
    "before": {
      "$ref": "#/$defs/__schema0"
    },
    "after": {
      "$ref": "#/$defs/__schema0"
    }
  },
  "required": [
    "id",
    "slug",
    "title",
    "caption",
    "sessions",
    "tags",
    "before",
    "after"
  ],
  "$defs": {
    "__schema0": {
      "type": "object",
      "properties": {
        "url": {
          "$ref": "#/$defs/__schema1"
        },
        "alt": {
          "type": "string",
          "maxLength": 1000,
          "pattern": "\\S"
        },
        "width": {
          "$ref": "#/$defs/__schema2"
        },
        "height": {
          "$ref": "#/$defs/__schema2"
        },
        "sources": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "url": {
                "$ref": "#/$defs/__schema1"
              },
              "width": {
                "$ref": "#/$defs/__schema2"
              }
            },
            "required": [
              "url",
              "width"
            ]
          }
        }
      },
      "required": [
        "url",
        "alt",
        "width",
        "height",
        "sources"
      ]
    },
    "__schema1": {
      "type": "string",
      "pattern": "^https?:\\/\\/\\S+$"
    },
    "__schema2": {
      "type": "integer",
      "exclusiveMinimum": 0,
      "maximum": 20000
    }
  }
};

export const bookingSettingsJsonSchema: JsonSchema = {
  "type": "object",
  "properties": {
    "mode": {
      "$ref": "#/$defs/__schema0"
    },
    "url": {
      "$ref": "#/$defs/__schema1"
    },
    "ctaLabel": {
      "$ref": "#/$defs/__schema2"
    },
    "clinicName": {
      "$ref": "#/$defs/__schema3"
    },
    "phone": {
      "$ref": "#/$defs/__schema4"
    },
    "email": {
      "$ref": "#/$defs/__schema5"
    },
    "address": {
      "$ref": "#/$defs/__schema6"
    },
    "openingHours": {
      "$ref": "#/$defs/__schema7"
    },
    "services": {
      "$ref": "#/$defs/__schema12"
    },
    "acceptsPhotos": {
      "$ref": "#/$defs/__schema14"
    },
    "consentText": {
      "$ref": "#/$defs/__schema15"
    }
  },
  "required": [
    "mode",
    "url",
    "ctaLabel",
    "clinicName",
    "phone",
    "email",
    "address",
    "openingHours",
    "services",
    "consentText"
  ],
  "$defs": {
    "__schema0": {
      "type": "string",
      "enum": [
        "form",
        "link",
        "embed",
        "slots"
      ]
    },
    "__schema1": {
      "anyOf": [
        {
          "type": "string",
          "maxLength": 2000
        },
        {
          "type": "null"
        }
      ]
    },
    "__schema2": {
      "type": "string",
      "minLength": 1,
      "maxLength": 80
    },
    "__schema3": {
      "type": "string",
      "minLength": 1,
      "maxLength": 200
    },
    "__schema4": {
      "anyOf": [
        {
          "type": "string",
          "maxLength": 40,
          "pattern": "^\\+?(?:[\\s().\\/-]*\\d){6,20}[\\s().\\/-]*$"
        },
        {
          "type": "null"
        }
      ]
    },
    "__schema5": {
      "anyOf": [
        {
          "type": "string",
          "maxLength": 254,
          "pattern": "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
        },
        {
          "type": "null"
        }
      ]
    },
    "__schema6": {
      "anyOf": [
        {
          "type": "string",
          "maxLength": 500
        },
        {
          "type": "null"
        }
      ]
    },
    "__schema7": {
      "maxItems": 14,
      "type": "array",
      "items": {
        "$ref": "#/$defs/__schema8"
      }
    },
    "__schema8": {
      "type": "object",
      "properties": {
        "days": {
          "$ref": "#/$defs/__schema9"
        },
        "opens": {
          "$ref": "#/$defs/__schema11"
        },
        "closes": {
          "$ref": "#/$defs/__schema11"
        }
      },
      "required": [
        "days",
        "opens",
        "closes"
      ]
    },
    "__schema9": {
      "minItems": 1,
      "maxItems": 7,
      "type": "array",
      "items": {
        "$ref": "#/$defs/__schema10"
      }
    },
    "__schema10": {
      "type": "string",
      "enum": [
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun"
      ]
    },
    "__schema11": {
      "type": "string",
      "pattern": "^(?:[01]\\d|2[0-3]):[0-5]\\d$"
    },
    "__schema12": {
      "maxItems": 50,
      "type": "array",
      "items": {
        "$ref": "#/$defs/__schema13"
      }
    },
    "__schema13": {
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
          "maxLength": 120
        }
      },
      "required": [
        "slug",
        "name"
      ]
    },
    "__schema14": {
      "type": "boolean"
    },
    "__schema15": {
      "type": "string",
      "minLength": 1,
      "maxLength": 2000
    }
  }
};

export const bookingRequestJsonSchema: JsonSchema = {
  "type": "object",
  "properties": {
    "name": {
      "type": "string",
      "minLength": 1,
      "maxLength": 120
    },
    "email": {
      "type": "string",
      "maxLength": 254,
      "pattern": "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
    },
    "phone": {
      "anyOf": [
        {
          "const": ""
        },
        {
          "type": "string",
          "maxLength": 40,
          "pattern": "^\\+?(?:[\\s().\\/-]*\\d){6,20}[\\s().\\/-]*$"
        }
      ]
    },
    "preferredDate": {
      "anyOf": [
        {
          "const": ""
        },
        {
          "type": "string",
          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
        }
      ]
    },
    "preferredTime": {
      "anyOf": [
        {
          "const": ""
        },
        {
          "type": "string",
          "enum": [
            "morning",
            "afternoon",
            "evening"
          ]
        }
      ]
    },
    "service": {
      "anyOf": [
        {
          "const": ""
        },
        {
          "$ref": "#/$defs/__schema0"
        }
      ]
    },
    "message": {
      "type": "string",
      "maxLength": 2000
    },
    "consent": {
      "const": true
    },
    "locale": {
      "type": "string",
      "maxLength": 35,
      "pattern": "^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$"
    },
    "pageUrl": {
      "type": "string",
      "maxLength": 2000
    },
    "utm": {
      "type": "object",
      "properties": {
        "source": {
          "$ref": "#/$defs/__schema1"
        },
        "medium": {
          "$ref": "#/$defs/__schema1"
        },
        "campaign": {
          "$ref": "#/$defs/__schema1"
        },
        "term": {
          "$ref": "#/$defs/__schema1"
        },
        "content": {
          "$ref": "#/$defs/__schema1"
        }
      }
    },
    "photos": {
      "maxItems": 3,
      "type": "array",
      "items": {
        "$ref": "#/$defs/__schema2"
      }
    },
    "slot": {
      "type": "object",
      "properties": {
        "location": {
          "$ref": "#/$defs/__schema0"
        },
        "start": {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{3})?(?:Z|[+-]\\d{2}:\\d{2})$"
        }
      },
      "required": [
        "location",
        "start"
      ]
    },
    "website": {
      "type": "string",
      "maxLength": 0
    }
  },
  "required": [
    "name",
    "email",
    "consent"
  ],
  "$defs": {
    "__schema0": {
      "type": "string",
      "maxLength": 120,
      "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"
    },
    "__schema1": {
      "type": "string",
      "maxLength": 200
    },
    "__schema2": {
      "type": "string",
      "pattern": "^[A-Za-z0-9_-]{32}$"
    }
  }
};

export const bookingRequestReceivedJsonSchema: JsonSchema = {
  "type": "object",
  "properties": {
    "data": {
      "type": "object",
      "properties": {
        "reference": {
          "type": "string",
          "pattern": "^SMP-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$"
        },
        "status": {
          "const": "received"
        }
      },
      "required": [
        "reference",
        "status"
      ]
    }
  },
  "required": [
    "data"
  ]
};

export const bookingPhotoUploadedJsonSchema: JsonSchema = {
  "type": "object",
  "properties": {
    "data": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{32}$"
        },
        "width": {
          "type": "integer"
        },
        "height": {
          "type": "integer"
        },
        "size": {
          "type": "integer"
        }
      },
      "required": [
        "id",
        "width",
        "height",
        "size"
      ]
    }
  },
  "required": [
    "data"
  ]
};

export const availabilityResponseJsonSchema: JsonSchema = {
  "type": "object",
  "properties": {
    "data": {
      "type": "object",
      "properties": {
        "location": {
          "$ref": "#/$defs/__schema0"
        },
        "locationName": {
          "type": "string"
        },
        "timeZone": {
          "type": "string"
        },
        "service": {
          "anyOf": [
            {
              "$ref": "#/$defs/__schema0"
            },
            {
              "type": "null"
            }
          ]
        },
        "minutes": {
          "type": "integer"
        },
        "slots": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "start": {
                "$ref": "#/$defs/__schema1"
              },
              "end": {
                "$ref": "#/$defs/__schema1"
              }
            },
            "required": [
              "start",
              "end"
            ]
          }
        }
      },
      "required": [
        "location",
        "locationName",
        "timeZone",
        "service",
        "minutes",
        "slots"
      ]
    }
  },
  "required": [
    "data"
  ],
  "$defs": {
    "__schema0": {
      "type": "string",
      "maxLength": 120,
      "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"
    },
    "__schema1": {
      "type": "string",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{3})?(?:Z|[+-]\\d{2}:\\d{2})$"
    }
  }
};
