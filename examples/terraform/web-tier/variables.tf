variable "location" {
  type    = string
  default = "northeurope"
}

variable "api_instances" {
  description = "Instances of the API tier (set per environment in terraform.tfvars)."
  type        = number
}

variable "admin_password" {
  description = "Not needed to check the upgrade policy: rollproof reads only the fields it maps."
  type        = string
  sensitive   = true
}

variable "max_batch_percent" {
  type    = number
  default = 20
}

variable "zones" {
  type    = list(string)
  default = ["1", "2", "3"]
}

variable "disable_os_rollback" {
  type    = bool
  default = false
}

variable "batch_capacity" {
  type    = number
  default = 3
}
