# Two scale sets as real configurations write them, each the shape of a public incident report.
#
# opencb/opencga#987: a 2-instance scale set on the 20/20/20 rolling policy failed with
# MaxUnhealthyInstancePercentExceededInRollingUpgrade (one instance is 50% > 20%).
# microsoft/AzureTRE#1591 (PR #1590): MaxUnhealthyUpgradedInstancePercentExceeded (100% > 10%) on a
# 1-instance scale set; the fix raised every threshold to 100, which switches the checks off.

variable "location" {
  type    = string
  default = "westeurope"
}

variable "worker_count" {
  description = "Worker VMs in the cluster's scale set."
  type        = number
  default     = 2
}

variable "resource_processor_vm_sku" {
  type    = string
  default = "Standard_B2s"
}

locals {
  rolling_percent = 20
}

resource "azurerm_lb_probe" "workers" {
  name            = "workers-http"
  loadbalancer_id = azurerm_lb.workers.id
  port            = 8080
  protocol        = "Http"
  request_path    = "/health"
}

resource "azurerm_linux_virtual_machine_scale_set" "opencga_workers" {
  name                = "opencga-workers"
  resource_group_name = azurerm_resource_group.opencga.name
  location            = var.location
  sku                 = "Standard_D4s_v3"
  instances           = var.worker_count
  admin_username      = "opencga"
  upgrade_mode        = "Rolling"
  health_probe_id     = azurerm_lb_probe.workers.id

  rolling_upgrade_policy {
    max_batch_instance_percent              = local.rolling_percent
    max_unhealthy_instance_percent          = local.rolling_percent
    max_unhealthy_upgraded_instance_percent = local.rolling_percent
    pause_time_between_batches              = "PT0S"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }

  os_disk {
    storage_account_type = "Premium_LRS"
    caching              = "ReadWrite"
  }

  network_interface {
    name    = "workers-nic"
    primary = true

    ip_configuration {
      name                                   = "internal"
      primary                                = true
      subnet_id                              = azurerm_subnet.workers.id
      load_balancer_backend_address_pool_ids = [azurerm_lb_backend_address_pool.workers.id]
    }
  }
}

resource "azurerm_linux_virtual_machine_scale_set" "resource_processor" {
  name                = "vmss-rp-porter-${var.location}"
  resource_group_name = azurerm_resource_group.core.name
  location            = var.location
  sku                 = var.resource_processor_vm_sku
  instances           = 1
  admin_username      = "adminuser"
  upgrade_mode        = "Automatic"

  automatic_os_upgrade_policy {
    disable_automatic_rollback  = false
    enable_automatic_os_upgrade = true
  }

  rolling_upgrade_policy {
    max_batch_instance_percent              = 100
    max_unhealthy_instance_percent          = 100
    max_unhealthy_upgraded_instance_percent = 100
    pause_time_between_batches              = "PT1M"
  }

  extension {
    name                 = "HealthExtension"
    publisher            = "Microsoft.ManagedServices"
    type                 = "ApplicationHealthLinux"
    type_handler_version = "1.0"
    settings             = jsonencode({ protocol = "tcp", port = 8080 })
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-focal"
    sku       = "20_04-lts-gen2"
    version   = "latest"
  }

  os_disk {
    storage_account_type = "Standard_LRS"
    caching              = "ReadWrite"
  }

  network_interface {
    name    = "nic1"
    primary = true

    ip_configuration {
      name      = "internal"
      primary   = true
      subnet_id = azurerm_subnet.resource_processor.id
    }
  }
}
